package com.adaptive.featurestore.offline;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.sim.RegimeSimulator;
import com.adaptive.core.sim.SimulatorConfig;
import com.adaptive.warehouse.LakeConfig;
import com.adaptive.warehouse.delta.TableCatalog;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Simulated 1m bars written into a real Delta lake through the warehouse's MERGE, for the offline-store tests. */
final class LakeFixture {
    /** 2024-01-18T00:00Z: the simulator's bars (which start on 2024-01-01) shifted by 17 days, so that two weeks reach February. */
    static final long START = Instant.parse("2024-01-18T00:00:00Z").toEpochMilli();
    private static final long SHIFT_MILLIS = START - SimulatorConfig.DEFAULTS.startTimeMillis();

    private LakeFixture() {
    }

    /** {@code days} of simulated 1m bars from {@link #START}, with the bars of {@code gapMinutes} after {@code gapAtMinute} removed. */
    static BarSeries bars(long seed, int days, int gapAtMinute, int gapMinutes) {
        BarSeries all = new RegimeSimulator(SimulatorConfig.DEFAULTS).simulate(seed, days * 1440).bars();
        int n = all.size() - gapMinutes;
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0, j = 0; i < all.size(); i++) {
            if (i >= gapAtMinute && i < gapAtMinute + gapMinutes) {
                continue;
            }
            t[j] = all.openTimeMillis()[i] + SHIFT_MILLIS;
            o[j] = all.open()[i];
            h[j] = all.high()[i];
            l[j] = all.low()[i];
            c[j] = all.close()[i];
            v[j] = all.volume()[i];
            j++;
        }
        return BarSeries.of(t, o, h, l, c, v);
    }

    /**
     * Appends the bars with open time in {@code [fromMillis, toMillis)} to the lake's {@code bars} table (created from the
     * warehouse catalog), without the MERGE: the ingest path is the warehouse's to test, and a plain append is faster.
     */
    static void append(OfflineStore store, String symbol, BarSeries bars, long fromMillis, long toMillis) {
        SparkSession spark = store.spark();
        String uri = store.tableUri(TableCatalog.BARS);
        TableCatalog.definition(TableCatalog.BARS).createIfMissing(spark, uri);
        List<Row> rows = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < bars.size(); i++) {
            long t = bars.openTimeMillis()[i];
            if (t >= fromMillis && t < toMillis) {
                rows.add(RowFactory.create(symbol, "1m", Instant.ofEpochMilli(t), bars.open()[i], bars.high()[i], bars.low()[i],
                        bars.close()[i], bars.volume()[i], "sim", now));
            }
        }
        spark.createDataFrame(rows, TableCatalog.BARS_SCHEMA).write().format("delta").mode("append").save(uri);
    }

    static OfflineStore open(Path lakeDir) {
        return new OfflineStore(LakeConfig.local(lakeDir));
    }

    static List<String> rows(OfflineStore store, String table, String orderBy) {
        return store.spark().read().format("delta").load(store.tableUri(table)).orderBy(java.util.Arrays.stream(orderBy.split(",")).map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .collectAsList().stream().map(Object::toString).toList();
    }
}
