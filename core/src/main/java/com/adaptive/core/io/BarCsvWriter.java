package com.adaptive.core.io;

import com.adaptive.core.bar.BarSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes bars in the project's CSV format with the chosen time format (gzip when the name ends in {@code .gz}). */
public final class BarCsvWriter {
    private BarCsvWriter() {
    }

    public static void write(Path path, BarSeries bars, TimeFormat timeFormat) {
        try (BufferedWriter out = CsvFiles.openWriter(path)) {
            out.write(BarCsvReader.HEADER);
            out.write('\n');
            StringBuilder sb = new StringBuilder(128);
            long[] t = bars.openTimeMillis();
            for (int i = 0; i < bars.size(); i++) {
                sb.setLength(0);
                sb.append(timeFormat.format(t[i])).append(',');
                CsvFiles.appendNumber(sb, bars.open()[i]);
                sb.append(',');
                CsvFiles.appendNumber(sb, bars.high()[i]);
                sb.append(',');
                CsvFiles.appendNumber(sb, bars.low()[i]);
                sb.append(',');
                CsvFiles.appendNumber(sb, bars.close()[i]);
                sb.append(',');
                CsvFiles.appendNumber(sb, bars.volume()[i]);
                sb.append('\n');
                out.append(sb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
