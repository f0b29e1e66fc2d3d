package com.adaptive.warehouse.delta;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;
import com.adaptive.warehouse.Gap;
import com.adaptive.warehouse.HistoryEntry;
import com.adaptive.warehouse.LakeConfig;
import com.adaptive.warehouse.MergeStats;
import com.adaptive.warehouse.QualityRecord;
import com.adaptive.warehouse.QuerySink;
import com.adaptive.warehouse.TableInfo;
import com.adaptive.warehouse.staging.StagedBarsWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Real Spark (local) and real Delta tables in a temp folder; the SparkSession is shared by every test of the JVM. */
@Tag("integration")
class DeltaLakeTest {
    private static final long JAN_1_2024_MILLIS = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private static final long MINUTE_MILLIS = 60_000L;

    @TempDir
    Path temp;
    private DeltaLake lake;

    @BeforeEach
    void openLake() {
        lake = DeltaLake.open(LakeConfig.local(temp.resolve("lake")));
    }

    @AfterEach
    void closeLake() {
        lake.close();
    }

    @Test
    void mergingTheSameStagedBarsTwiceInsertsThemOnceAndChangesNothingTheSecondTime() throws IOException {
        Path staged = stage("run1", bars("BTC-USD", 0, 5), bars("ETH-USD", 0, 3));

        MergeStats first = lake.mergeBars(staged);
        MergeStats second = lake.mergeBars(staged);

        assertThat(first).isEqualTo(new MergeStats(8, 0, 0));
        assertThat(second).isEqualTo(new MergeStats(0, 0, 8));
        assertThat(count("SELECT count(*) FROM bars")).isEqualTo(8);
    }

    @Test
    void aChangedValueForAStoredKeyIsCountedAsRevisionAndStored() throws IOException {
        lake.mergeBars(stage("run1", bars("BTC-USD", 0, 4)));
        List<String> revised = bars("BTC-USD", 0, 4);
        // minute 2: close 100.5 -> 101.0 (still within high 102.0)
        revised.set(2, csv("BTC-USD", 2, 100.0, 102.0, 99.0, 101.0, 12.0));

        MergeStats stats = lake.mergeBars(stage("run2", revised, bars("BTC-USD", 4, 6)));

        assertThat(stats).isEqualTo(new MergeStats(2, 1, 3));
        assertThat(rows("SELECT close FROM bars WHERE open_time = TIMESTAMP '2024-01-01 00:02:00'"))
                .containsExactly(List.of(101.0));
    }

    @Test
    void identicalRepeatsOfARowInOneBatchCollapseIntoOneBar() throws IOException {
        MergeStats stats = lake.mergeBars(stage("run1", bars("BTC-USD", 0, 3), bars("BTC-USD", 1, 2)));

        assertThat(stats).isEqualTo(new MergeStats(3, 0, 0));
    }

    @Test
    void conflictingValuesForOneKeyInOneBatchAreRefusedNamingTheKey() throws IOException {
        Path staged = stage("run1", bars("BTC-USD", 0, 2), List.of(csv("BTC-USD", 1, 100.0, 102.0, 99.0, 99.5, 1.0)));

        assertThatThrownBy(() -> lake.mergeBars(staged))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot merge staged bars from " + staged
                        + ": key (BTC-USD, 1m, 2024-01-01T00:01:00Z) has conflicting values within the batch (part-1.parquet row 1)");
        assertThat(lake.tables().get(0).rows()).isZero();
    }

    @Test
    void openWaitsForARunningPrestartSoTheTableItCreatesIsThere() {
        LakeConfig other = LakeConfig.local(temp.resolve("prestarted"));
        DeltaLake.prestart(other, DeltaLake::prepareBarWrites);

        try (DeltaLake opened = DeltaLake.open(other)) {
            // no wait of its own here: open() returned only after the prestart's table creation
            assertThat(opened.tables().get(0).latestVersion()).isZero();
        }
    }

    @Test
    void aMissingStagingFolderIsRefusedNamingIt() {
        Path missing = temp.resolve("nowhere");

        assertThatThrownBy(() -> lake.mergeBars(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot merge staged bars from " + missing + ": no such folder");
    }

    @Test
    void mergingTheSameQuarantineRecordsTwiceStoresThemOnce() throws IOException {
        Path staged = Files.createDirectories(temp.resolve("quarantine"));
        Files.writeString(staged.resolve("part-0.json"), """
                {"file":"a.csv","line_number":3,"raw_line":"x,1,2","reason":"unparseable","execution_id":7,"symbol":"BTC-USD","interval":"1m"}
                {"file":"a.csv","line_number":9,"raw_line":"2024-01-01T00:00:00Z,1,0.5,1,1,1","reason":"high_below_max","execution_id":7,"symbol":"BTC-USD","interval":"1m"}
                """);

        long first = lake.mergeQuarantine(staged);
        long second = lake.mergeQuarantine(staged);

        assertThat(first).isEqualTo(2);
        assertThat(second).isZero();
        assertThat(rows("SELECT file, line_number, reason, execution_id FROM bars_quarantine ORDER BY line_number"))
                .containsExactly(List.of("a.csv", 3L, "unparseable", 7L), List.of("a.csv", 9L, "high_below_max", 7L));
    }

    @Test
    void gapsAreFoundExactlyIncludingHolesAtBothEndsOfTheRange() throws IOException {
        // stored minutes 2,3,4, 7, 10,11 of [0, 13]: holes 0-1, 5-6, 8-9, 12-13
        lake.mergeBars(stage("run1", bars("BTC-USD", 2, 5), bars("BTC-USD", 7, 8), bars("BTC-USD", 10, 12),
                bars("ETH-USD", 0, 14)));

        List<Gap> gaps = lake.findGaps("BTC-USD", BarInterval.M1, minute(0), minute(13));

        assertThat(gaps).extracting(Gap::firstMissingMillis, Gap::missingBars).containsExactly(
                tuple(minute(0), 2L), tuple(minute(5), 2L), tuple(minute(8), 2L), tuple(minute(12), 2L));
        assertThat(lake.findGaps("ETH-USD", BarInterval.M1, minute(0), minute(13))).isEmpty();
        assertThat(lake.findGaps("SOL-USD", BarInterval.M1, minute(0), minute(13)))
                .containsExactly(new Gap("SOL-USD", BarInterval.M1, minute(0), 14));
    }

    @Test
    void readBarsReturnsTheHalfOpenRangeInTimeOrder() throws IOException {
        lake.mergeBars(stage("run1", bars("BTC-USD", 0, 10), bars("ETH-USD", 0, 10)));

        BarSeries series = lake.readBars("BTC-USD", BarInterval.M1, minute(3), minute(7));

        assertThat(series.openTimeMillis()).containsExactly(minute(3), minute(4), minute(5), minute(6));
        assertThat(series.close()).containsExactly(103.5, 104.5, 105.5, 106.5);
    }

    @Test
    void queryStreamsColumnsThenRowsAsJavaValues() throws IOException {
        lake.mergeBars(stage("run1", bars("BTC-USD", 0, 10), bars("ETH-USD", 0, 10)));
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        boolean[] ended = {false};

        lake.query("SELECT symbol, open_time, close FROM bars WHERE symbol = 'BTC-USD' AND open_time >= TIMESTAMP '2024-01-01 00:08:00' ORDER BY open_time",
                new QuerySink() {
                    @Override
                    public void columns(List<String> names) {
                        columns.addAll(names);
                    }

                    @Override
                    public void row(Object[] values) {
                        rows.add(List.of(values));
                    }

                    @Override
                    public void end() {
                        ended[0] = true;
                    }
                });

        assertThat(columns).containsExactly("symbol", "open_time", "close");
        assertThat(rows).containsExactly(
                List.of("BTC-USD", Instant.ofEpochMilli(minute(8)), 108.5),
                List.of("BTC-USD", Instant.ofEpochMilli(minute(9)), 109.5));
        assertThat(ended[0]).isTrue();
    }

    @Test
    void queryMayNameTheIntervalAndCheckColumnsWithoutBackticks() throws IOException {
        lake.mergeBars(stage("run1", bars("BTC-USD", 0, 3), bars("ETH-USD", 0, 2)));
        lake.writeQuality(List.of(new QualityRecord("BTC-USD", BarInterval.M1, "gap", minute(5), 2, "", 1)));

        assertThat(rows("SELECT symbol, interval, count(*) FROM bars GROUP BY symbol, interval ORDER BY symbol"))
                .containsExactly(List.of("BTC-USD", "1m", 3L), List.of("ETH-USD", "1m", 2L));
        assertThat(rows("SELECT check, count FROM data_quality")).containsExactly(List.of("gap", 2L));
    }

    @Test
    void queryOfATableNeverWrittenSeesItEmpty() {
        assertThat(count("SELECT count(*) FROM data_quality")).isZero();
    }

    @Test
    void queryOfAnUnknownTableSaysSoInOneLineAndListsTheLakeTables() {
        assertThatThrownBy(() -> lake.query("SELECT * FROM trades", new CollectingSink()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot run query: [TABLE_OR_VIEW_NOT_FOUND] The table or view `trades` cannot be found.")
                .hasMessageEndingWith("Lake tables: bars, bars_quarantine, data_quality, quotes.")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aSqlSyntaxErrorIsReportedInOneLine() {
        assertThatThrownBy(() -> lake.query("SELEC 1", new CollectingSink()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot run query: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void tablesReportRowsFilesPartitionsVersionAndLastWrite() throws IOException {
        Instant before = Instant.now().minusSeconds(1);
        lake.mergeBars(stage("run1", bars("BTC-USD", 0, 10), bars("ETH-USD", 0, 10)));
        lake.mergeBars(stage("run2", bars("BTC-USD", 10, 12)));

        List<TableInfo> tables = lake.tables();

        assertThat(tables).extracting(TableInfo::name).containsExactly("bars", "bars_quarantine", "data_quality", "quotes");
        TableInfo bars = tables.get(0);
        assertThat(bars.rows()).isEqualTo(22);
        assertThat(bars.partitions()).isEqualTo(2);
        assertThat(bars.partitionColumns()).containsExactly("symbol", "interval", "month");
        assertThat(bars.files()).isBetween(2L, 4L);
        assertThat(bars.bytes()).isPositive();
        assertThat(bars.latestVersion()).isEqualTo(2); // create, merge, merge
        assertThat(bars.lastWrite()).isAfter(before);
        assertThat(tables.get(1)).isEqualTo(new TableInfo("bars_quarantine", 0, 0, 0, 0, -1, null, List.of()));
    }

    @Test
    void historyListsTheCommitsNewestFirstWithMergeMetrics() throws IOException {
        lake.mergeBars(stage("run1", bars("BTC-USD", 0, 3)));
        lake.mergeBars(stage("run2", bars("BTC-USD", 2, 5)));

        List<HistoryEntry> history = lake.history("bars");

        // a first load into an empty span is one plain write; later loads MERGE
        assertThat(history).extracting(HistoryEntry::version, HistoryEntry::operation)
                .containsExactly(tuple(2L, "MERGE"), tuple(1L, "WRITE"), tuple(0L, "CREATE TABLE"));
        assertThat(history.get(0).operationMetrics()).contains("numTargetRowsInserted=2");
        assertThat(history.get(1).operationMetrics()).contains("numOutputRows=3");
    }

    @Test
    void prepareBarWritesCreatesTheTableAndWritesNoRows() {
        lake.prepareBarWrites();
        lake.prepareBarWrites();

        assertThat(lake.history("bars")).extracting(HistoryEntry::operation).containsExactly("CREATE TABLE");
        assertThat(count("SELECT count(*) FROM bars")).isZero();
    }

    @Test
    void firstLoadIntoAnEmptySpanLeavesRowsOutsideTheSpanAlone() throws IOException {
        lake.mergeBars(stage("run1", bars("BTC-USD", 0, 3), bars("BTC-USD", 10, 12), bars("ETH-USD", 0, 2)));
        MergeStats stats = lake.mergeBars(stage("run2", bars("BTC-USD", 4, 8)));

        assertThat(stats).isEqualTo(new MergeStats(4, 0, 0));
        assertThat(lake.history("bars").get(0).operation()).isEqualTo("WRITE");
        assertThat(count("SELECT count(*) FROM bars WHERE symbol = 'BTC-USD'")).isEqualTo(9);
        assertThat(count("SELECT count(*) FROM bars WHERE symbol = 'ETH-USD'")).isEqualTo(2);
    }

    @Test
    void historyOfAnUnknownTableNamesItAndListsTheKnownOnes() {
        assertThatThrownBy(() -> lake.history("trades"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown lake table 'trades': known tables are bars, bars_quarantine, data_quality, quotes");
    }

    @Test
    void writeQualityReplacesAFindingWithTheSameKeyAndKeepsOthers() {
        lake.writeQuality(List.of(new QualityRecord("BTC-USD", BarInterval.M1, "gap", minute(5), 2, "2 missing", 1),
                new QualityRecord("BTC-USD", BarInterval.M1, "gap", minute(9), 1, "1 missing", 1)));
        lake.writeQuality(List.of(new QualityRecord("BTC-USD", BarInterval.M1, "gap", minute(5), 3, "3 missing", 2)));

        assertThat(rows("SELECT first_time, `count`, execution_id FROM data_quality ORDER BY first_time")).containsExactly(
                List.of(Instant.ofEpochMilli(minute(5)), 3L, 2L), List.of(Instant.ofEpochMilli(minute(9)), 1L, 1L));
    }

    @Test
    void replaceQualityDropsFindingsOfTheRangeThatARerunNoLongerFinds() {
        lake.writeQuality(List.of(new QualityRecord("BTC-USD", BarInterval.M1, "gap", minute(5), 2, "", 1),
                new QualityRecord("BTC-USD", BarInterval.M1, "gap", minute(9), 1, "", 1),
                new QualityRecord("BTC-USD", BarInterval.M1, "gap", minute(30), 1, "", 1),
                new QualityRecord("ETH-USD", BarInterval.M1, "gap", minute(5), 1, "", 1)));

        lake.replaceQuality("BTC-USD", BarInterval.M1, "gap", minute(0), minute(20),
                List.of(new QualityRecord("BTC-USD", BarInterval.M1, "gap", minute(9), 1, "", 2)));

        assertThat(rows("SELECT symbol, first_time, execution_id FROM data_quality ORDER BY symbol, first_time")).containsExactly(
                List.of("BTC-USD", Instant.ofEpochMilli(minute(9)), 2L),
                List.of("BTC-USD", Instant.ofEpochMilli(minute(30)), 1L),
                List.of("ETH-USD", Instant.ofEpochMilli(minute(5)), 1L));
    }

    // ---------------------------------------------------------------- fixtures

    private static long minute(int n) {
        return JAN_1_2024_MILLIS + n * MINUTE_MILLIS;
    }

    /** Staged rows (as comma-separated text) for minutes [from, to): open 100+i, high 102+i, low 99+i, close 100.5+i, volume 12. */
    private static List<String> bars(String symbol, int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(csv(symbol, i, 100.0 + i, 102.0 + i, 99.0 + i, 100.5 + i, 12.0));
        }
        return lines;
    }

    private static String csv(String symbol, int minute, double open, double high, double low, double close, double volume) {
        return symbol + ",1m," + minute(minute) + "," + open + "," + high + "," + low + "," + close + "," + volume + ",test";
    }

    @SafeVarargs
    private Path stage(String name, List<String>... files) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("staged").resolve(name));
        for (int i = 0; i < files.length; i++) {
            try (StagedBarsWriter out = StagedBarsWriter.create(dir.resolve("part-" + i + ".parquet"))) {
                for (String line : files[i]) {
                    String[] f = line.split(",");
                    out.write(f[0], f[1], Long.parseLong(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]), f[8]);
                }
            }
        }
        return dir;
    }

    private List<List<Object>> rows(String sql) {
        CollectingSink sink = new CollectingSink();
        lake.query(sql, sink);
        return sink.rows;
    }

    private long count(String sql) {
        return (Long) rows(sql).get(0).get(0);
    }

    private static final class CollectingSink implements QuerySink {
        final List<List<Object>> rows = new ArrayList<>();

        @Override
        public void columns(List<String> names) {
        }

        @Override
        public void row(Object[] values) {
            rows.add(List.of(values));
        }
    }
}
