package com.adaptive.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adaptive.core.bar.BarSeries;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strict reading of the bar CSV: both time formats, gzip, and one exact message per kind of bad row. */
class BarCsvReaderTest {
    private static final String HEADER = "open_time,open,high,low,close,volume\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsIsoTimesAndRemembersTheFormat() throws IOException {
        BarCsv csv = BarCsvReader.read(file("a.csv", HEADER + "2023-03-16T22:15:00Z,24899.18,24943.98,24896.29,24934.2,293.13711\n"
                + "2023-03-16T22:16:00Z,24935.6,24946.86,24910.48,24933.42,201.9253\n"));
        assertThat(csv.timeFormat()).isEqualTo(TimeFormat.ISO_8601);
        assertThat(csv.bars().openTimeMillis()).containsExactly(1_679_004_900_000L, 1_679_004_960_000L);
        assertThat(csv.bars().close()).containsExactly(24934.2, 24933.42);
        assertThat(csv.bars().volume()).containsExactly(293.13711, 201.9253);
    }

    @Test
    void readsEpochMillisAndGzipAndWritesBackTheSameBytes() throws IOException {
        String text = HEADER + "1678904100000,1.5,2.0,1.0,1.25,0.0\n1678904160000,1.25,1.3,1.2,1.3,7.125\n";
        Path gz = dir.resolve("b.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        BarCsv csv = BarCsvReader.read(gz);
        assertThat(csv.timeFormat()).isEqualTo(TimeFormat.EPOCH_MILLIS);
        Path back = dir.resolve("back.csv");
        BarCsvWriter.write(back, csv.bars(), csv.timeFormat());
        assertThat(Files.readString(back)).isEqualTo(text);
    }

    @Test
    void theBundledSampleReadsInFull() {
        BarSeries bars = BarCsvReader.read(Path.of("../data/sample/BTC-USD_1m_2023-03-16_2023-05-01.csv.gz")).bars();
        assertThat(bars.size()).isEqualTo(66_087);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "high below close | 2023-01-01T00:00:00Z,10,10.5,9,11,1 | line 2: high 10.5 is below close 11",
            "low above open | 2023-01-01T00:00:00Z,10,12,10.5,11,1 | line 2: low 10.5 is above open 10",
            "negative volume | 2023-01-01T00:00:00Z,10,12,9,11,-1 | line 2: volume -1 is negative",
            "not a number | 2023-01-01T00:00:00Z,10,12,9,NaN,1 | line 2: close 'NaN' is not a number",
            "hex number | 2023-01-01T00:00:00Z,0x1p3,12,9,11,1 | line 2: open '0x1p3' is not a number",
            "too few fields | 2023-01-01T00:00:00Z,10,12,9,11 | line 2: expected 6 fields, found 5",
            "too many fields | 2023-01-01T00:00:00Z,10,12,9,11,1,2 | line 2: expected 6 fields, found more",
            "zero price | 2023-01-01T00:00:00Z,0,12,0,11,1 | line 2: prices must be positive",
            "local time | 2023-01-01T00:00:00,10,12,9,11,1 | line 2: open_time '2023-01-01T00:00:00' is not ISO-8601 UTC ending in Z like the first row",
    })
    void rejectsABadRowNamingFileLineAndCause(String why, String row, String message) throws IOException {
        Path p = file("bad.csv", HEADER + row + "\n");
        assertThatThrownBy(() -> BarCsvReader.read(p)).isInstanceOf(BarCsvException.class).hasMessage("Cannot read bad.csv: " + message);
    }

    @Test
    void rejectsTimesThatDoNotAscendOrMixFormats() throws IOException {
        Path back = file("order.csv", HEADER + "2023-01-01T00:01:00Z,10,12,9,11,1\n2023-01-01T00:00:00Z,10,12,9,11,1\n");
        assertThatThrownBy(() -> BarCsvReader.read(back)).hasMessage(
                "Cannot read order.csv: line 3: open_time 2023-01-01T00:00:00Z is not after the previous row's 2023-01-01T00:01:00Z");
        Path mixed = file("mixed.csv", HEADER + "2023-01-01T00:00:00Z,10,12,9,11,1\n1672531260000,10,12,9,11,1\n");
        assertThatThrownBy(() -> BarCsvReader.read(mixed)).hasMessage(
                "Cannot read mixed.csv: line 3: open_time '1672531260000' is not ISO-8601 UTC ending in Z like the first row");
    }

    @Test
    void rejectsAWrongHeaderOrAnEmptyFileOrAMissingFile() throws IOException {
        assertThatThrownBy(() -> BarCsvReader.read(file("h.csv", "time,open,high,low,close,volume\n"))).hasMessage(
                "Cannot read h.csv: line 1: header is 'time,open,high,low,close,volume', expected open_time,open,high,low,close,volume");
        assertThatThrownBy(() -> BarCsvReader.read(file("e.csv", ""))).hasMessage(
                "Cannot read e.csv: file is empty, expected header open_time,open,high,low,close,volume");
        assertThatThrownBy(() -> BarCsvReader.read(dir.resolve("none.csv"))).hasMessage("Cannot read none.csv: no such file");
    }

    @Test
    void numbersAreWrittenAsShortestPlainDecimalsAndNanAsEmpty() {
        StringBuilder sb = new StringBuilder();
        CsvFiles.appendNumber(sb, 1.0E-7);
        sb.append('|');
        CsvFiles.appendNumber(sb, Double.NaN);
        sb.append('|');
        CsvFiles.appendNumber(sb, 24934.2);
        sb.append('|');
        CsvFiles.appendNumber(sb, 1.5E10);
        assertThat(sb.toString()).isEqualTo("0.0000001||24934.2|15000000000");
    }
}
