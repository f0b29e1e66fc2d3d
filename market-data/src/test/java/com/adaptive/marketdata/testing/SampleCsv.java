package com.adaptive.marketdata.testing;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

/** Reads the bundled sample files ({@code ../data/sample}) for tests: gzip CSV, ISO-8601 open_time. */
public final class SampleCsv {
    public static final Path DIR = Path.of("..", "data", "sample");

    private SampleCsv() {
    }

    public static BarSeries read(String fileName) {
        Path path = DIR.resolve(fileName);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(path)),
                StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!"open_time,open,high,low,close,volume".equals(header)) {
                throw new IllegalStateException(fileName + ": unexpected header " + header);
            }
            BarSeriesBuilder b = new BarSeriesBuilder(1 << 16);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                b.add(Instant.parse(f[0]).toEpochMilli(), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            }
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
