package com.adaptive.core.regime;

import com.adaptive.core.io.BarCsvException;
import com.adaptive.core.io.CsvFiles;
import com.adaptive.core.io.TimeFormat;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Decision files ({@code decision_time,regime,vwap_slope,atr_percentile,vol_ratio,reason}) and label files ({@code open_time,regime}). */
public final class RegimeCsv {
    public static final String DECISIONS_HEADER = "decision_time,regime,vwap_slope,atr_percentile,vol_ratio,reason";
    public static final String LABELS_HEADER = "open_time,regime";

    private RegimeCsv() {
    }

    /** Writes one row per decision, times in {@code format}, undefined inputs as empty fields. */
    public static void writeDecisions(Path path, RegimeClassification c, TimeFormat format) {
        try (BufferedWriter out = CsvFiles.openWriter(path)) {
            out.write(DECISIONS_HEADER);
            out.write('\n');
            StringBuilder sb = new StringBuilder(160);
            for (int i = 0; i < c.size(); i++) {
                RegimeDecision d = c.get(i);
                sb.setLength(0);
                sb.append(format.format(d.decisionTimeMillis())).append(',').append(d.regime()).append(',');
                CsvFiles.appendNumber(sb, d.vwapSlope());
                sb.append(',');
                CsvFiles.appendNumber(sb, d.atrPercentile());
                sb.append(',');
                CsvFiles.appendNumber(sb, d.volRatio());
                sb.append(',').append(d.rule()).append(": ").append(d.reason(c.config())).append('\n');
                out.append(sb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Writes one label per bar. */
    public static void writeLabels(Path path, RegimeLabels labels, TimeFormat format) {
        try (BufferedWriter out = CsvFiles.openWriter(path)) {
            out.write(LABELS_HEADER);
            out.write('\n');
            for (int i = 0; i < labels.regimes().length; i++) {
                out.write(format.format(labels.openTimeMillis()[i]));
                out.write(',');
                out.write(labels.regimes()[i].name());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a label file strictly; errors name the file and line. */
    public static RegimeLabels readLabels(Path path) {
        String name = path.getFileName().toString();
        try (BufferedReader in = CsvFiles.openReader(path)) {
            String header = in.readLine();
            if (header == null || !header.equals(LABELS_HEADER)) {
                throw new BarCsvException("Cannot read " + name + ": line 1: header is '" + header + "', expected " + LABELS_HEADER);
            }
            long[] times = new long[1024];
            Regime[] regimes = new Regime[1024];
            int n = 0;
            TimeFormat format = null;
            String line;
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                try {
                    int comma = line.indexOf(',');
                    if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
                        throw new IllegalArgumentException("expected 2 fields");
                    }
                    String timeField = line.substring(0, comma);
                    if (format == null) {
                        format = TimeFormat.detect(timeField);
                    }
                    long t = format.parse(timeField);
                    if (n > 0 && t <= times[n - 1]) {
                        throw new IllegalArgumentException("open_time " + timeField + " is not after the previous row's");
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                        regimes = Arrays.copyOf(regimes, n * 2);
                    }
                    times[n] = t;
                    regimes[n] = Regime.parse(line.substring(comma + 1));
                    n++;
                } catch (IllegalArgumentException e) {
                    throw new BarCsvException("Cannot read " + name + ": line " + lineNo + ": " + e.getMessage());
                }
            }
            return new RegimeLabels(Arrays.copyOf(times, n), Arrays.copyOf(regimes, n));
        } catch (NoSuchFileException e) {
            throw new BarCsvException("Cannot read " + name + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
