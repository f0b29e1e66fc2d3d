package com.adaptive.warehouse.staging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagedBarsTest {
    private static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    private static final long MINUTE = 60_000L;

    @TempDir
    Path dir;

    @Test
    void everyColumnOfAStagedBarReadsBackAsWritten() {
        Path file = dir.resolve("part-0.parquet");
        try (StagedBarsWriter out = StagedBarsWriter.create(file)) {
            out.write("BTC-USD", "1m", T0, 100.5, 102.25, 99.0, 101.0, 12.5, "binance");
            out.write("ETH-USD", "3m", T0 + 3 * MINUTE, 2000.0, 2001.0, 1999.5, 2000.5, 0.0, "file");
        }
        List<String> rows = new ArrayList<>();
        long count = StagedBarsReader.forEach(file, (row, symbol, interval, openTime, open, high, low, close, volume, source) ->
                rows.add(row + " " + symbol + " " + interval + " " + openTime + " " + open + " " + high + " " + low + " " + close
                        + " " + volume + " " + source));

        assertThat(count).isEqualTo(2);
        assertThat(rows).containsExactly(
                "1 BTC-USD 1m " + T0 + " 100.5 102.25 99.0 101.0 12.5 binance",
                "2 ETH-USD 3m " + (T0 + 3 * MINUTE) + " 2000.0 2001.0 1999.5 2000.5 0.0 file");
    }

    @Test
    void aFileAppearsUnderItsNameOnlyWhenClosedAndAnAbortedOneNever() throws IOException {
        Path file = dir.resolve("part-1.parquet");
        StagedBarsWriter out = StagedBarsWriter.create(file);
        out.write("BTC-USD", "1m", T0, 1, 1, 1, 1, 1, "x");
        assertThat(file).doesNotExist();
        assertThat(StagedBars.files(dir)).isEmpty(); // the hidden in-progress file is not a staged file
        out.abort();

        assertThat(file).doesNotExist();
        try (var listing = Files.list(dir)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void theScanGivesRowsAndTimeSpanPerSeriesAndCollapsesIdenticalRepeats() {
        stage("part-0.parquet", "BTC-USD", 0, 10);
        stage("part-1.parquet", "BTC-USD", 5, 12); // minutes 5..9 repeat with the same values
        stage("part-2.parquet", "ETH-USD", 3, 4);

        StagedBars scan = StagedBars.scan(dir);

        assertThat(scan.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("part-0.parquet", "part-1.parquet", "part-2.parquet");
        assertThat(scan.spans()).containsExactly(
                new StagedBars.Span("BTC-USD", "1m", T0, T0 + 11 * MINUTE, 12),
                new StagedBars.Span("ETH-USD", "1m", T0 + 3 * MINUTE, T0 + 3 * MINUTE, 1));
        assertThat(scan.distinctRows()).isEqualTo(13);
        assertThat(scan.hasRepeats()).isTrue();
    }

    @Test
    void aKeyRepeatedWithOtherValuesRefusesTheFolderNamingKeyFileAndRow() {
        stage("part-0.parquet", "BTC-USD", 0, 3);
        try (StagedBarsWriter out = StagedBarsWriter.create(dir.resolve("part-1.parquet"))) {
            out.write("BTC-USD", "1m", T0 + MINUTE, 100, 101, 99, 99.5, 1, "test");
        }

        assertThatThrownBy(() -> StagedBars.scan(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot merge staged bars from " + dir + ": key (BTC-USD, 1m, 2024-01-01T00:01:00Z) has"
                        + " conflicting values within the batch (part-1.parquet row 1)");
    }

    @Test
    void aFileThatIsNotStagedBarsIsRefusedNamingIt() throws IOException {
        Files.writeString(dir.resolve("part-0.parquet"), "symbol,interval\nBTC-USD,1m\n");

        assertThatThrownBy(() -> StagedBars.scan(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot merge staged bars from " + dir + ": ")
                .hasMessageContaining("part-0.parquet");
    }

    @Test
    void aFileNameWithoutTheParquetSuffixIsRefused() {
        assertThatThrownBy(() -> StagedBarsWriter.create(dir.resolve("part-0.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end in .parquet");
    }

    /** Minutes [from, to) of one symbol: open 100+i, high 102+i, low 99+i, close 100.5+i, volume 12. */
    private void stage(String name, String symbol, int from, int to) {
        try (StagedBarsWriter out = StagedBarsWriter.create(dir.resolve(name))) {
            for (int i = from; i < to; i++) {
                out.write(symbol, "1m", T0 + i * MINUTE, 100.0 + i, 102.0 + i, 99.0 + i, 100.5 + i, 12.0, "test");
            }
        }
    }
}
