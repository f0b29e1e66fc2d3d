package com.adaptive.jobs.cli;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.featurestore.offline.FeatureRow;
import com.adaptive.featurestore.offline.OfflineStore;
import com.adaptive.featurestore.offline.RegimeVersions;
import com.adaptive.featurestore.offline.ViewStatus;
import com.adaptive.featurestore.view.FeatureView;
import com.adaptive.featurestore.view.FeatureViews;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.spark.sql.Row;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code adaptive features}: the declared feature views, their tables and freshness, and point-in-time lookups. */
@Command(name = "features", mixinStandardHelpOptions = true, description = "Feature views: list them, read values as of a time.",
        subcommands = {FeaturesCommand.ListViews.class, FeaturesCommand.Get.class})
public final class FeaturesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every declared view (all versions) with its table, rows, latest event time per entity and age; then the regimes.")
    static final class ListViews extends SpringVerb {
        @Override
        protected int run(ConfigurableApplicationContext context) {
            PrintStream out = System.out;
            OfflineStore offline = context.getBean(OfflineStore.class);
            Instant now = Instant.now();
            out.printf("%-16s %-8s %-8s %-8s %-24s %12s  %-14s %-22s %s%n", "view", "version", "interval", "ttl", "table", "rows",
                    "entity", "latest event", "age / status");
            for (FeatureView view : context.getBean(FeatureViews.class).all()) {
                ViewStatus s = offline.status(view);
                String head = String.format(Locale.ROOT, "%-16s %-8d %-8s %-8s %-24s %,12d", view.name(), view.version(),
                        String.join(",", view.intervals().stream().map(BarInterval::label).toList()), human(view.ttl()), s.table(), s.rows());
                if (!s.exists()) {
                    out.printf("%s  %-14s %-22s %s%n", head, "-", "-", "not built");
                    continue;
                }
                String status = s.fingerprintMatches() ? "" : " DECLARATION CHANGED: bump the version";
                for (Map.Entry<String, Instant> e : s.latestEventTimes().entrySet()) {
                    out.printf("%s  %-14s %-22s %s%s%n", head, e.getKey(), e.getValue(), human(Duration.between(e.getValue(), now)), status);
                }
            }
            RegimeConfig regimeConfig = context.getBean(RegimeConfig.class);
            String version = RegimeVersions.of(regimeConfig);
            out.println();
            out.printf("%-16s %-22s %-18s %-22s %s%n", "regimes", "classifier", "symbol", "latest decision", "regime / age");
            for (Row r : offline.latestRegimes(context.getBean(AdaptiveProperties.class).symbols(), version)) {
                Instant t = r.getAs("decision_time");
                out.printf("%-16s %-22s %-18s %-22s %s / %s%n", OfflineStore.REGIMES, version, r.<String>getAs("symbol"), t,
                        r.<String>getAs("regime"), human(Duration.between(t, now)));
            }
            return 0;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Feature values of one view for one symbol: the latest row, or with --as-of the point-in-time row "
                    + "(latest event time at or before it, within the view's TTL).")
    static final class Get extends SpringVerb {
        @Option(names = "--view", required = true, paramLabel = "NAME", description = "view name (latest version) or name:version")
        String view;

        @Option(names = "--symbol", required = true, description = "canonical symbol, e.g. BTC-USD")
        String symbol;

        @Option(names = "--interval", defaultValue = "1m", description = "bar interval of the entity (default: ${DEFAULT-VALUE})")
        String interval;

        @Option(names = "--as-of", paramLabel = "TIME", description = "UTC instant (2023-04-01T12:00:00Z) or date (its start)")
        String asOf;

        @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
        String format;

        @Override
        protected int run(ConfigurableApplicationContext context) throws Exception {
            if (!format.equals("csv") && !format.equals("json")) {
                throw new UserInputException("--format '" + format + "' in features get: expected csv or json");
            }
            FeatureView v = context.getBean(FeatureViews.class).find(view);
            context.getBean(AdaptiveProperties.class).requireKnownSymbol(symbol);
            BarInterval bi = BarInterval.parse(interval);
            Long asOfMillis = asOf == null ? null : parseTime(asOf);
            Optional<FeatureRow> row = context.getBean(OfflineStore.class).featureRow(v, symbol, bi, asOfMillis);
            if (row.isEmpty()) {
                System.err.println("adaptive features get: no value of " + v.id() + " for " + symbol + " " + bi.label()
                        + (asOfMillis == null ? " (table " + v.tableName() + " holds none)"
                        : " at or before " + Instant.ofEpochMilli(asOfMillis) + " within TTL " + human(v.ttl())));
                return 1;
            }
            FeatureRow r = row.get();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("view", v.name());
            values.put("version", v.version());
            values.put("symbol", r.symbol());
            values.put("interval", r.interval());
            values.put("as_of", asOfMillis == null ? null : Instant.ofEpochMilli(asOfMillis).toString());
            values.put("event_time", Instant.ofEpochMilli(r.eventTimeMillis()).toString());
            values.put("open_time", Instant.ofEpochMilli(r.openTimeMillis()).toString());
            for (int i = 0; i < r.names().size(); i++) {
                double x = r.values()[i];
                values.put(r.names().get(i), Double.isFinite(x) ? x : null);
            }
            PrintStream out = System.out;
            if (format.equals("json")) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(values));
            } else {
                out.println(String.join(",", values.keySet()));
                out.println(String.join(",", values.values().stream().map(o -> o == null ? "" : o.toString()).toList()));
            }
            return 0;
        }
    }

    static long parseTime(String value) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli()
                    : Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new UserInputException("--as-of '" + value + "' in features get: expected a UTC instant like 2023-04-01T12:00:00Z or a date");
        }
    }

    static String human(Duration d) {
        long minutes = d.toMinutes();
        if (Math.abs(minutes) < 120) {
            return minutes + "m";
        }
        if (Math.abs(minutes) < 48 * 60) {
            return d.toHours() + "h";
        }
        return d.toDays() + "d";
    }
}
