package com.adaptive.featurestore.offline;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.RegimeConfig;
import com.adaptive.featurestore.online.Materializer;
import com.adaptive.featurestore.view.FeatureView;
import com.adaptive.featurestore.view.FeatureViews;
import com.adaptive.onlinestore.OnlineStoreReader;
import com.adaptive.onlinestore.OnlineStoreWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offline store on real Delta tables: an incremental build (three rounds of new bars, across a month boundary)
 * equals a full rebuild bit for bit, for features and regimes; point-in-time retrieval never returns a future value
 * and honours the TTL; a changed declaration needs a new version; materialization is forward-only.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineStoreTest {
    private static final BarInterval M1 = BarInterval.parse("1m");
    private static final long MINUTE = 60_000L;
    private static final int DAYS = 20;
    private static final int GAP_AT = 3 * 1440 + 600; // 2024-01-21 10:00, 40 minutes missing
    private static final int GAP_MINUTES = 40;
    private static final String SYMBOL = "BTC-USD";

    @TempDir
    static Path dir;

    private BarSeries bars;
    private OfflineStore incremental;
    private OfflineStore full;
    private final List<BuildResult> incrementalFeatureBuilds = new ArrayList<>();
    private final FeatureViews views = FeatureViews.standard();

    private static void log(String what, long startNanos) {
        System.err.printf("OfflineStoreTest: %s after %d ms%n", what, (System.nanoTime() - startNanos) / 1_000_000);
    }

    @BeforeAll
    void buildBothWays() {
        long t0 = System.nanoTime();
        bars = LakeFixture.bars(3, DAYS, GAP_AT, GAP_MINUTES);
        long end = bars.openTimeMillis()[bars.size() - 1] + MINUTE;
        // the first build stops mid-month and mid-bucket; the second crosses the month boundary
        long[] cuts = {LakeFixture.START, Instant.parse("2024-01-27T12:07:00Z").toEpochMilli(), end};

        incremental = LakeFixture.open(dir.resolve("incremental"));
        {
            for (int round = 1; round < cuts.length; round++) {
                LakeFixture.append(incremental, SYMBOL, bars, cuts[round - 1], cuts[round]);
                log("append round " + round, t0);
                for (FeatureView view : views.latest()) {
                    incrementalFeatureBuilds.add(incremental.buildFeatures(view, SYMBOL, M1, 1, null));
                }
                log("features round " + round, t0);
                incremental.buildRegimes(SYMBOL, RegimeConfig.DEFAULTS, 1, null);
                log("regimes round " + round, t0);
            }
        }
        full = LakeFixture.open(dir.resolve("full"));
        {
            LakeFixture.append(full, SYMBOL, bars, LakeFixture.START, end);
            for (FeatureView view : views.latest()) {
                full.buildFeatures(view, SYMBOL, M1, 12, null);
            }
            log("full features", t0);
            full.buildRegimes(SYMBOL, RegimeConfig.DEFAULTS, 12, null);
            log("full regimes", t0);
        }
    }

    @Test
    void incrementalFeatureBuildsEqualAFullRebuildBitForBit() {
        for (FeatureView view : views.latest()) {
            List<String> a = LakeFixture.rows(incremental, view.tableName(), "symbol,open_time");
            List<String> b = LakeFixture.rows(full, view.tableName(), "symbol,open_time");
            assertThat(a).hasSize(bars.size());
            assertThat(a).isEqualTo(b);
        }
        // every round wrote only the bars that were new to it
        assertThat(incrementalFeatureBuilds).extracting(BuildResult::rowsWritten).doesNotContain(0L);
        assertThat(incrementalFeatureBuilds.stream().mapToLong(BuildResult::rowsWritten).sum()).isEqualTo(2L * bars.size());
    }

    @Test
    void incrementalRegimeBuildsEqualAFullRebuildOneDecisionPerFiveMinutes() {
        List<String> a = LakeFixture.rows(incremental, OfflineStore.REGIMES, "symbol,decision_time");
        List<String> b = LakeFixture.rows(full, OfflineStore.REGIMES, "symbol,decision_time");
        assertThat(a).isEqualTo(b);
        List<Row> decisions = full.regimes(SYMBOL, RegimeVersions.of(RegimeConfig.DEFAULTS), 0, LakeFixture.START + 100L * 86_400_000L);
        // 20 days of 5-minute buckets, minus the 8 buckets wholly inside the 40-minute gap
        assertThat(decisions).hasSize(DAYS * 288 - GAP_MINUTES / 5);
        for (int i = 1; i < decisions.size(); i++) {
            long step = decisions.get(i).<Instant>getAs("decision_time").toEpochMilli()
                    - decisions.get(i - 1).<Instant>getAs("decision_time").toEpochMilli();
            assertThat(step % (5 * MINUTE)).isZero();
        }
        assertThat(decisions).extracting(r -> r.<String>getAs("regime")).contains("TRENDING", "RANGING");
    }

    @Test
    void rerunningABuildOnUnchangedBarsWritesNothing() {
        FeatureView trend = views.find("trend");
        long version = full.spark().read().format("delta").load(full.tableUri(trend.tableName())).count();
        BuildResult again = full.buildFeatures(trend, SYMBOL, M1, 1, null);
        assertThat(again.rowsWritten()).isZero();
        assertThat(again.commits()).isZero();
        assertThat(full.buildRegimes(SYMBOL, RegimeConfig.DEFAULTS, 1, null).rowsWritten()).isZero();
        assertThat(full.spark().read().format("delta").load(full.tableUri(trend.tableName())).count()).isEqualTo(version);
    }

    @Test
    void pointInTimeJoinNeverReturnsAFutureValueAndHonoursTheTtl() {
        FeatureView trend = views.find("trend");
        long firstClose = bars.openTimeMillis()[0] + MINUTE;
        long beforeGapClose = bars.openTimeMillis()[GAP_AT - 1] + MINUTE; // 10:00, close of the last bar before the gap
        long ttl = trend.ttl().toMillis();
        List<Long> times = new ArrayList<>(List.of(firstClose - 1, firstClose, firstClose + 1, beforeGapClose + ttl,
                beforeGapClose + ttl + 1, beforeGapClose + 10 * MINUTE, Instant.parse("2024-01-25T13:45:30Z").toEpochMilli()));
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 200; i++) {
            times.add(LakeFixture.START + (long) (random.nextDouble() * DAYS * 1440 * MINUTE));
        }
        StructType schema = new StructType(new StructField[] {
                DataTypes.createStructField("symbol", DataTypes.StringType, false),
                DataTypes.createStructField("time", DataTypes.TimestampType, false),
                DataTypes.createStructField("tag", DataTypes.IntegerType, false)});
        List<Row> events = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            events.add(RowFactory.create(SYMBOL, Instant.ofEpochMilli(times.get(i)), i));
        }
        events.add(RowFactory.create("ETH-USD", Instant.ofEpochMilli(firstClose + MINUTE), -1));
        Dataset<Row> joined = full.pointInTime(full.spark().createDataFrame(events, schema), "symbol", "time", trend, M1);
        List<Row> out = joined.collectAsList();
        assertThat(out).hasSize(events.size());

        // reference: a plain scan over the bars' close times (rows exist for every bar, so event times are bar closes)
        double[][] reference = trend.compute(bars);
        for (Row r : out) {
            int tag = r.getAs("tag");
            long t = r.<Instant>getAs("time").toEpochMilli();
            Instant got = r.getAs("feature_event_time");
            if (tag < 0) {
                assertThat(got).as("no rows for an unknown symbol").isNull();
                continue;
            }
            int latest = -1;
            for (int i = 0; i < bars.size() && bars.openTimeMillis()[i] + MINUTE <= t; i++) {
                latest = i;
            }
            boolean within = latest >= 0 && t - (bars.openTimeMillis()[latest] + MINUTE) <= ttl;
            if (!within) {
                assertThat(got).as("event at %s", Instant.ofEpochMilli(t)).isNull();
                continue;
            }
            assertThat(got.toEpochMilli()).as("event at %s", Instant.ofEpochMilli(t)).isEqualTo(bars.openTimeMillis()[latest] + MINUTE);
            assertThat(got.toEpochMilli()).isLessThanOrEqualTo(t);
            Double ema = r.getAs("ema_fast");
            assertThat(ema == null ? Double.valueOf(Double.NaN) : ema).isEqualTo(Double.valueOf(reference[0][latest]));
        }
        // the named edge cases
        assertThat(byTag(out, 0).isNullAt(byTag(out, 0).fieldIndex("feature_event_time"))).as("before the first close").isTrue();
        assertThat(byTag(out, 1).<Instant>getAs("feature_event_time").toEpochMilli()).isEqualTo(firstClose);
        assertThat(byTag(out, 3).<Instant>getAs("feature_event_time").toEpochMilli()).as("exactly TTL old").isEqualTo(beforeGapClose);
        assertThat(byTag(out, 4).isNullAt(byTag(out, 4).fieldIndex("feature_event_time"))).as("TTL + 1 ms old").isTrue();
        assertThat(byTag(out, 5).<Instant>getAs("feature_event_time").toEpochMilli()).isEqualTo(beforeGapClose);
    }

    private static Row byTag(List<Row> rows, int tag) {
        return rows.stream().filter(r -> r.<Integer>getAs("tag") == tag).findFirst().orElseThrow();
    }

    @Test
    void featureRowAsOfUsesThePointInTimeRuleAndWithoutAsOfTheLatestRow() {
        FeatureView trend = views.find("trend");
        long asOf = Instant.parse("2024-01-25T13:45:30Z").toEpochMilli();
        FeatureRow row = full.featureRow(trend, SYMBOL, M1, asOf).orElseThrow();
        assertThat(row.eventTimeMillis()).isEqualTo(Instant.parse("2024-01-25T13:45:00Z").toEpochMilli());
        FeatureRow latest = full.featureRow(trend, SYMBOL, M1, null).orElseThrow();
        assertThat(latest.openTimeMillis()).isEqualTo(bars.openTimeMillis()[bars.size() - 1]);
        assertThat(full.featureRow(trend, SYMBOL, M1, LakeFixture.START - 1)).isEmpty();
    }

    @Test
    void aChangedParameterIsRefusedUnderTheOldVersionAndBuildsAsANewOneBesideIt() {
        FeatureView changed = FeatureViews.trend(1, Map.of("ema_fast_bars", "10", "ema_slow_bars", "26", "rsi_bars", "14", "slope_bars", "60"));
        assertThatThrownBy(() -> full.buildFeatures(changed, SYMBOL, M1, 12, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build feature view trend:1: table features_trend_v1 was built with fingerprint "
                        + views.find("trend:1").fingerprint() + " but the declaration now has " + changed.fingerprint()
                        + "; a changed parameter needs a new version");
        FeatureView v2 = FeatureViews.trend(2, changed.parameters());
        assertThat(full.buildFeatures(v2, SYMBOL, M1, 12, null).rowsWritten()).isEqualTo(bars.size());
        assertThat(full.status(views.find("trend:1")).rows()).as("the old version stays readable").isEqualTo(bars.size());
        assertThat(full.status(v2).fingerprintMatches()).isTrue();
    }

    @Test
    void materializationMovesTheOnlineStoreForwardOnlyAndIsIdempotent() {
        Path online = dir.resolve("online.db");
        Materializer materializer = new Materializer(full);
        String version = RegimeVersions.of(RegimeConfig.DEFAULTS);
        try (OnlineStoreWriter writer = OnlineStoreWriter.open(online); OnlineStoreReader reader = OnlineStoreReader.open(online)) {
            Materializer.Result first = materializer.materialize(views.latest(), List.of(SYMBOL), version, writer, 1);
            assertThat(first).isEqualTo(new Materializer.Result(2, 0, 1, 0));
            assertThat(materializer.materialize(views.latest(), List.of(SYMBOL), version, writer, 2))
                    .isEqualTo(new Materializer.Result(0, 2, 0, 1));
            long lastClose = bars.openTimeMillis()[bars.size() - 1] + MINUTE;
            assertThat(reader.latest("trend", 1, SYMBOL, "1m").orElseThrow().eventTimeMillis()).isEqualTo(lastClose);
            assertThat(reader.regime(SYMBOL).orElseThrow().decisionTimeMillis()).isEqualTo(lastClose);
            assertThat(reader.latest("trend", 1, SYMBOL, "1m").orElseThrow().materializedAtMillis()).isEqualTo(1);
        }
    }
}
