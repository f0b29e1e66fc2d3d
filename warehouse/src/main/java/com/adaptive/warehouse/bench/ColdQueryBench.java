package com.adaptive.warehouse.bench;

import com.adaptive.warehouse.LakeConfig;
import com.adaptive.warehouse.QuerySink;
import com.adaptive.warehouse.delta.DeltaLake;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * The cold query a fresh JVM pays: open the lake, run one SQL statement, stream its rows; run it in a new JVM each time.
 *
 * <p>Usage: {@code ColdQueryBench LAKE_DIR [SQL]}; the default SQL counts one month of BTC-USD 1m bars (44,640 rows
 * for a MergeBench lake of at least ~90 days). Prints times measured from JVM start.
 */
public final class ColdQueryBench {
    static final String MONTH_SQL = "SELECT count(*) AS bars, min(low) AS low, max(high) AS high, sum(volume) AS volume"
            + " FROM bars WHERE symbol = 'BTC-USD' AND interval = '1m'"
            + " AND open_time >= TIMESTAMP '2023-03-01 00:00:00' AND open_time < TIMESTAMP '2023-04-01 00:00:00'";

    private ColdQueryBench() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();
        Path lakeDir = Path.of(args.length > 0 ? args[0] : "target/bench-lake");
        String sql = args.length > 1 ? args[1] : MONTH_SQL;
        long[] rows = {0};
        Object[][] firstRow = {null};
        try (DeltaLake lake = DeltaLake.open(LakeConfig.local(lakeDir))) {
            long lakeOpen = System.currentTimeMillis();
            lake.query(sql, new QuerySink() {
                @Override
                public void columns(List<String> names) {
                    System.out.println(String.join(",", names));
                }

                @Override
                public void row(Object[] values) {
                    if (rows[0] == 0) {
                        firstRow[0] = values;
                    }
                    if (rows[0]++ < 5) {
                        System.out.println(java.util.Arrays.toString(values));
                    }
                }
            });
            long end = System.currentTimeMillis();
            System.out.printf("rows=%d JVM start->main=%d ms, main->lake open=%d ms, query=%d ms, JVM start->result=%d ms%n",
                    rows[0], mainStart - jvmStart, lakeOpen - mainStart, end - lakeOpen, end - jvmStart);
        }
        if (sql.equals(MONTH_SQL) && (rows[0] != 1 || !Long.valueOf(44_640L).equals(firstRow[0][0]))) {
            System.err.println("WRONG ANSWER: expected one row counting 44640 bars of March 2023");
            System.exit(1);
        }
    }
}
