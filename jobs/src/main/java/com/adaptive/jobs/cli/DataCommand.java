package com.adaptive.jobs.cli;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.jobs.runtime.AdaptiveProperties;
import com.adaptive.jobs.runtime.ExecutionReport;
import com.adaptive.jobs.runtime.JobRunner;
import com.adaptive.jobs.updates.IngestUpdatesJobConfig;
import com.adaptive.jobs.updates.TimeParameters;
import com.adaptive.marketdata.resample.CsvResampling;
import com.adaptive.warehouse.Gap;
import com.adaptive.warehouse.Lake;
import com.adaptive.warehouse.QuerySink;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code adaptive data}: market data files (resample) and the stored bars (update, backfill, gaps, quality). */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Market data tools.",
        subcommands = {DataCommand.Resample.class, DataCommand.Update.class, DataCommand.Backfill.class, DataCommand.Gaps.class,
                DataCommand.Quality.class, DataCommand.RecordQuotes.class})
public final class DataCommand {

    /** Runs ingest-updates, prints its summary and, when a quality gate failed, the reason on stderr; returns the exit code. */
    public static int runUpdates(ConfigurableApplicationContext context, Map<String, String> parameters, boolean newInstance) {
        JobRunner runner = context.getBean(JobRunner.class);
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.values().removeIf(v -> v == null);
        if (newInstance) {
            // progress lives in the watermarks, not in the job instance: every update is a new instance, and one killed
            // earlier is marked FAILED by the launch and simply left behind
            p.put(JobRunner.RUN_ID, Long.toString(System.currentTimeMillis()));
        }
        JobExecution execution = newInstance ? runner.run(IngestUpdatesJobConfig.JOB, p)
                : runner.runOrRerun(IngestUpdatesJobConfig.JOB, p);
        ExecutionReport.printSummary(execution, System.out);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream().findFirst()
                    .map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    .orElse(execution.getExitStatus().getExitDescription());
            System.err.println("adaptive data: job " + IngestUpdatesJobConfig.JOB + " execution " + execution.getId() + " "
                    + execution.getStatus() + ": " + reason.lines().findFirst().orElse(""));
            return AdaptiveCli.EXIT_FAILED;
        }
        return 0;
    }

    /** {@code adaptive data update}: incremental, from each watermark to the last closed bar. */
    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Fetch new closed bars from every enabled source (adaptive.sources) from its watermark minus a small "
                    + "overlap, MERGE them, check their quality; a threshold breach fails with exit 1 and the reason.")
    static final class Update extends SpringVerb {
        @Override
        protected Consumer<Lake> lakePrestart() {
            return Lake::prepareBarWrites;
        }

        @Option(names = "--source", description = "only this source: binance, coinbase or simulator")
        String source;

        @Option(names = "--symbol", description = "only this canonical symbol")
        String symbol;

        @Option(names = "--interval", description = "only this interval")
        String interval;

        @Override
        protected int run(ConfigurableApplicationContext context) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("source", source);
            p.put("symbol", symbol);
            p.put("interval", interval);
            return runUpdates(context, p, true);
        }
    }

    /** {@code adaptive data backfill --source S --symbol X --interval 1m --from T --to T}. */
    @Command(name = "backfill", mixinStandardHelpOptions = true,
            description = "Fetch exactly [from, to) of closed bars from one configured source and MERGE them (watermarks are "
                    + "left alone). The same command again after a crash resumes at the last committed batch.")
    static final class Backfill extends SpringVerb {
        @Override
        protected Consumer<Lake> lakePrestart() {
            return Lake::prepareBarWrites;
        }

        @Option(names = "--source", required = true, description = "binance, coinbase or simulator (must be enabled)")
        String source;

        @Option(names = "--symbol", description = "only this canonical symbol (default: all the source's)")
        String symbol;

        @Option(names = "--interval", description = "only this interval (default: all the source's)")
        String interval;

        @Option(names = "--from", required = true, description = "start: ISO-8601 instant, UTC date or epoch ms")
        String from;

        @Option(names = "--to", required = true, description = "end (exclusive), clipped to the last closed bar")
        String to;

        @Override
        protected int run(ConfigurableApplicationContext context) {
            if (TimeParameters.parseMillis(to, "--to") <= TimeParameters.parseMillis(from, "--from")) {
                throw new UserInputException("backfill range is empty: --from " + from + " must be before --to " + to);
            }
            Map<String, String> p = new LinkedHashMap<>();
            p.put("source", source);
            p.put("symbol", symbol);
            p.put("interval", interval);
            p.put("from", from);
            p.put("to", to);
            return runUpdates(context, p, false);
        }
    }

    /** {@code adaptive data gaps [--symbol] [--interval] [--fill]}. */
    @Command(name = "gaps", mixinStandardHelpOptions = true,
            description = "List the holes in stored bars (between each series' first and last bar); with --fill, backfill "
                    + "exactly those ranges from the configured source first, then list what is still missing.")
    static final class Gaps extends SpringVerb {
        @Option(names = "--symbol", description = "only this canonical symbol")
        String symbol;

        @Option(names = "--interval", description = "only this interval")
        String interval;

        @Option(names = "--fill", description = "backfill the holes from the source configured for each symbol and interval")
        boolean fill;

        @Override
        protected int run(ConfigurableApplicationContext context) {
            BarInterval wanted = interval == null ? null : BarInterval.parse(interval);
            if (symbol != null) {
                context.getBean(AdaptiveProperties.class).requireKnownSymbol(symbol);
            }
            int exit = 0;
            if (fill) {
                Map<String, String> p = new LinkedHashMap<>();
                p.put("symbol", symbol);
                p.put("interval", wanted == null ? null : wanted.label());
                p.put("gaps", "true");
                exit = runUpdates(context, p, true);
                System.out.println();
            }
            listGaps(context.getBean(Lake.class), symbol, wanted, System.out);
            return exit;
        }
    }

    /** Prints every hole of the stored series matching the filters, then one total line per series. */
    public static void listGaps(Lake lake, String symbol, BarInterval interval, PrintStream out) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (symbol != null) {
            where.append(" AND symbol = '").append(symbol.replace("'", "''")).append('\'');
        }
        if (interval != null) {
            where.append(" AND interval = '").append(interval.label()).append('\'');
        }
        List<Object[]> series = new ArrayList<>();
        lake.query("SELECT symbol, interval, unix_millis(min(open_time)), unix_millis(max(open_time)), count(*) FROM bars" + where
                + " GROUP BY symbol, interval ORDER BY symbol, interval", rows(series));
        QueryCommand.TableSink table = new QueryCommand.TableSink(out);
        table.columns(List.of("symbol", "interval", "first_missing", "last_missing", "missing_bars"));
        List<String> totals = new ArrayList<>();
        for (Object[] s : series) {
            BarInterval iv = BarInterval.parse((String) s[1]);
            long first = ((Number) s[2]).longValue();
            long last = ((Number) s[3]).longValue();
            long stored = ((Number) s[4]).longValue();
            List<Gap> gaps = lake.findGaps((String) s[0], iv, first, last);
            long missing = 0;
            for (Gap g : gaps) {
                missing += g.missingBars();
                table.row(new Object[] {g.symbol(), iv.label(), Instant.ofEpochMilli(g.firstMissingMillis()).toString(),
                        Instant.ofEpochMilli(g.endMillisExclusive() - iv.millis()).toString(), g.missingBars()});
            }
            totals.add(String.format("%s %s: %,d gaps, %,d of %,d bars missing between %s and %s", s[0], iv.label(), gaps.size(),
                    missing, stored + missing, Instant.ofEpochMilli(first), Instant.ofEpochMilli(last)));
        }
        table.end();
        totals.forEach(out::println);
    }

    /** {@code adaptive data quality [--symbol] [--interval] [--check] [--limit]}. */
    @Command(name = "quality", mixinStandardHelpOptions = true,
            description = "The latest data-quality findings (table data_quality), newest first; zero-count rows left out.")
    static final class Quality extends SpringVerb {
        @Option(names = "--symbol", description = "only this canonical symbol")
        String symbol;

        @Option(names = "--interval", description = "only this interval")
        String interval;

        @Option(names = "--check", description = "only this check: gap, duplicate, zero_volume_run, price_jump, stale, "
                + "missing_share, resample_incomplete")
        String check;

        @Option(names = "--limit", defaultValue = "50", description = "at most this many rows (default: ${DEFAULT-VALUE})")
        int limit;

        @Override
        protected int run(ConfigurableApplicationContext context) {
            StringBuilder sql = new StringBuilder("SELECT symbol, interval, check, first_time, count, detail, execution_id, "
                    + "measured_at FROM data_quality WHERE count > 0");
            if (symbol != null) {
                context.getBean(AdaptiveProperties.class).requireKnownSymbol(symbol);
                sql.append(" AND symbol = '").append(symbol.replace("'", "''")).append('\'');
            }
            if (interval != null) {
                sql.append(" AND interval = '").append(BarInterval.parse(interval).label()).append('\'');
            }
            if (check != null) {
                if (!com.adaptive.warehouse.QualityRecord.CHECKS.contains(check)) {
                    throw new UserInputException("unknown check '" + check + "' in --check: expected one of "
                            + com.adaptive.warehouse.QualityRecord.CHECKS.stream().sorted().toList());
                }
                sql.append(" AND check = '").append(check).append('\'');
            }
            if (limit < 1) {
                throw new UserInputException("--limit must be at least 1, was: " + limit);
            }
            sql.append(" ORDER BY measured_at DESC, symbol, interval, check, first_time LIMIT ").append(limit);
            context.getBean(Lake.class).query(sql.toString(), new QueryCommand.TableSink(System.out));
            return 0;
        }
    }

    /** {@code adaptive data record-quotes --duration 60s}. */
    @Command(name = "record-quotes", mixinStandardHelpOptions = true,
            description = "Poll Robinhood best bid/ask for the configured pairs (adaptive.sources.robinhood) for a while and "
                    + "MERGE the quotes into lake table quotes (1m quote bars, volume 0, into bars where no other source feeds "
                    + "that symbol's 1m). Needs ROBINHOOD_API_KEY(_FILE) and ROBINHOOD_PRIVATE_KEY(_FILE) in the environment.")
    static final class RecordQuotes extends SpringVerb {
        @Option(names = "--duration", defaultValue = "60s", description = "how long to record, e.g. 60s, 15m (default: ${DEFAULT-VALUE})")
        String duration;

        @Override
        protected int run(ConfigurableApplicationContext context) throws Exception {
            java.time.Duration length;
            try {
                length = org.springframework.boot.convert.DurationStyle.detectAndParse(duration);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--duration '" + duration + "' is not a duration such as 60s or 15m");
            }
            com.adaptive.jobs.updates.MarketSources sources = context.getBean(com.adaptive.jobs.updates.MarketSources.class);
            if (!sources.settings().robinhood().enabled()) {
                throw new UserInputException("Robinhood quotes are off: set adaptive.sources.robinhood.enabled: true");
            }
            com.adaptive.marketdata.robinhood.RobinhoodCredentials credentials =
                    com.adaptive.marketdata.robinhood.RobinhoodCredentials.fromEnvironment(System.getenv());
            return recordQuotes(context, credentials, length, System.out);
        }
    }

    /** Records quotes and prints one summary line; exit 1 when every poll failed. */
    public static int recordQuotes(ConfigurableApplicationContext context,
                                   com.adaptive.marketdata.robinhood.RobinhoodCredentials credentials,
                                   java.time.Duration duration, PrintStream out) throws InterruptedException {
        AdaptiveProperties properties = context.getBean(AdaptiveProperties.class);
        com.adaptive.jobs.updates.QuoteRecording.Summary s = com.adaptive.jobs.updates.QuoteRecording.record(
                context.getBean(com.adaptive.jobs.updates.MarketSources.class), context.getBean(Lake.class), credentials, duration,
                properties.stagingDir().resolve("record-quotes").resolve("run-" + System.currentTimeMillis()));
        out.printf("recorded %,d quotes in %,d polls (%,d failed): %,d new in lake table quotes, %,d quote bars into bars, "
                        + "%,d late quotes dropped%n", s.quotesReceived(), s.polls(), s.failedPolls(), s.quotesStored(), s.barsStored(),
                s.lateQuotesDropped());
        if (s.polls() > 0 && s.failedPolls() == s.polls()) {
            System.err.println("adaptive data record-quotes: every poll failed; see " + properties.home().resolve("logs"));
            return AdaptiveCli.EXIT_FAILED;
        }
        return 0;
    }

    private static QuerySink rows(List<Object[]> into) {
        return new QuerySink() {
            @Override
            public void columns(List<String> names) {
            }

            @Override
            public void row(Object[] values) {
                into.add(values);
            }
        };
    }

    /** {@code adaptive data resample --input CSV --to 3m --output CSV}. */
    @Command(name = "resample", mixinStandardHelpOptions = true,
            description = "Resample a bar CSV (open_time,open,high,low,close,volume; .gz allowed) to a longer interval: "
                    + "UTC epoch-aligned buckets, open first, high max, low min, close last, volume sum. A bucket with a "
                    + "missing bar is not written and is counted. open_time is written in the input's format.")
    static final class Resample implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "CSV", description = "input bars")
        Path input;

        @Option(names = "--from", defaultValue = "1m", paramLabel = "INTERVAL",
                description = "interval of the input bars (default: ${DEFAULT-VALUE})")
        String from;

        @Option(names = "--to", required = true, paramLabel = "INTERVAL", description = "target interval: 3m, 5m, 15m, 1h or 1d")
        String to;

        @Option(names = "--output", required = true, paramLabel = "CSV", description = "output file (gzip when it ends in .gz)")
        Path output;

        @Override
        public Integer call() {
            BarInterval fromInterval = interval(from, "--from");
            BarInterval toInterval = interval(to, "--to");
            if (!Files.isRegularFile(input)) {
                throw new UserInputException("input file in --input " + input + ": no such file");
            }
            CsvResampling.Summary s = CsvResampling.resample(input, fromInterval, toInterval, output);
            System.out.printf("resampled %,d %s bars from %s into %,d %s bars in %s; %,d incomplete buckets not written%s%n",
                    s.inputBars(), s.from(), input, s.outputBars(), s.to(), output, s.incompleteBuckets(),
                    s.incompleteBuckets() == 0 ? "" : " (first at " + Instant.ofEpochMilli(s.firstIncompleteOpenTimeMillis()) + ")");
            return 0;
        }

        private static BarInterval interval(String label, String option) {
            try {
                return BarInterval.parse(label);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("interval in " + option + ": " + e.getMessage());
            }
        }
    }
}
