package com.adaptive.marketdata.resample;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.marketdata.testing.SampleCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvResamplingTest {

    private static String gunzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheExchangesOwn3mFileCharacterForCharacter(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("BTC-USD_3m.csv.gz");

        CsvResampling.Summary summary = CsvResampling.resample(SampleCsv.DIR.resolve("BTC-USD_1m_2021-09-17_2021-10-17.csv.gz"),
                BarInterval.M1, BarInterval.M3, out);

        assertThat(summary).isEqualTo(new CsvResampling.Summary(43_079, BarInterval.M1, 14_359, BarInterval.M3, 2,
                Instant.parse("2021-09-17T22:21:00Z").toEpochMilli()));
        assertThat(gunzip(out)).isEqualTo(gunzip(SampleCsv.DIR.resolve("BTC-USD_3m_2021-09-17_2021-10-17.csv.gz")));
    }

    @Test
    void keepsEpochMillisWhenTheInputUsesThem(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "open_time,open,high,low,close,volume\n"
                + "1704067200000,10,12,9,11,0.1\n1704067260000,11,13,10,12,0.2\n1704067320000,12,12,8,9,0.3\n");
        Path out = dir.resolve("out.csv");

        CsvResampling.resample(in, BarInterval.M1, BarInterval.M3, out);

        assertThat(Files.readString(out)).isEqualTo("open_time,open,high,low,close,volume\n1704067200000,10.0,13.0,8.0,9.0,0.6\n");
    }

    @Test
    void aBarOffTheMinuteGridNamesTheFile(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("odd.csv");
        Files.writeString(in, "open_time,open,high,low,close,volume\n2024-01-01T00:00:30Z,1,1,1,1,1\n");

        assertThatThrownBy(() -> CsvResampling.resample(in, BarInterval.M1, BarInterval.M3, dir.resolve("out.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bars in odd.csv: cannot resample 1m to 3m: bar 0 open time 2024-01-01T00:00:30Z is not aligned to 1m");
    }
}
