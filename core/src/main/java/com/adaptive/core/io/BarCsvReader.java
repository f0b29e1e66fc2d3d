package com.adaptive.core.io;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.bar.BarSeriesBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the project's bar CSV strictly: header exactly {@code open_time,open,high,low,close,volume}, six fields
 * per row, open_time ISO-8601 UTC or epoch millis (one format per file) strictly ascending, positive prices with
 * {@code low <= min(open, close)}, {@code high >= max(open, close)}, volume at least 0. Any violation throws
 * {@link BarCsvException} naming the file and line.
 */
public final class BarCsvReader {
    public static final String HEADER = "open_time,open,high,low,close,volume";

    private BarCsvReader() {
    }

    /** Reads a whole file (gzip when its name ends in {@code .gz}). */
    public static BarCsv read(Path path) {
        String name = path.getFileName().toString();
        try (BufferedReader reader = CsvFiles.openReader(path)) {
            return read(reader, name);
        } catch (NoSuchFileException e) {
            throw new BarCsvException("Cannot read " + name + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads from an open reader; {@code name} is used in error messages. */
    public static BarCsv read(BufferedReader reader, String name) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new BarCsvException("Cannot read " + name + ": file is empty, expected header " + HEADER);
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (!header.equals(HEADER)) {
            throw new BarCsvException("Cannot read " + name + ": line 1: header is '" + header + "', expected " + HEADER);
        }
        BarSeriesBuilder builder = new BarSeriesBuilder(1 << 16);
        String[] fields = new String[6];
        TimeFormat format = null;
        long prevTime = 0;
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            try {
                if (line.isEmpty()) {
                    throw new IllegalArgumentException("empty line");
                }
                int n = CsvFiles.split(line, fields);
                if (n != 6) {
                    throw new IllegalArgumentException("expected 6 fields, found " + (n < 0 ? "more" : Integer.toString(n)));
                }
                if (format == null) {
                    format = TimeFormat.detect(fields[0]);
                }
                long time = format.parse(fields[0]);
                double open = number("open", fields[1]);
                double high = number("high", fields[2]);
                double low = number("low", fields[3]);
                double close = number("close", fields[4]);
                double volume = number("volume", fields[5]);
                if (!(open > 0 && high > 0 && low > 0 && close > 0)) {
                    throw new IllegalArgumentException("prices must be positive");
                }
                if (high < Math.max(open, close)) {
                    throw new IllegalArgumentException("high " + fields[2] + " is below " + (open > close ? "open " + fields[1] : "close " + fields[4]));
                }
                if (low > Math.min(open, close)) {
                    throw new IllegalArgumentException("low " + fields[3] + " is above " + (open < close ? "open " + fields[1] : "close " + fields[4]));
                }
                if (volume < 0) {
                    throw new IllegalArgumentException("volume " + fields[5] + " is negative");
                }
                if (builder.size() > 0 && time <= prevTime) {
                    throw new IllegalArgumentException("open_time " + fields[0] + " is not after the previous row's "
                            + format.format(prevTime));
                }
                builder.add(time, open, high, low, close, volume);
                prevTime = time;
            } catch (IllegalArgumentException e) {
                throw new BarCsvException("Cannot read " + name + ": line " + lineNo + ": " + e.getMessage());
            }
        }
        BarSeries bars = builder.build();
        return new BarCsv(bars, format == null ? TimeFormat.ISO_8601 : format);
    }

    /** A plain decimal number: optional sign, digits, optional fraction and exponent; no NaN, Infinity or hex. */
    static double number(String column, String field) {
        int i = 0;
        int n = field.length();
        if (i < n && (field.charAt(i) == '-' || field.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(field.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && field.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(field.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits > 0 && i < n && (field.charAt(i) == 'e' || field.charAt(i) == 'E')) {
            i++;
            if (i < n && (field.charAt(i) == '-' || field.charAt(i) == '+')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && Character.isDigit(field.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                digits = 0;
            }
        }
        if (digits == 0 || i != n) {
            throw new IllegalArgumentException(column + " '" + field + "' is not a number");
        }
        double v = Double.parseDouble(field);
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException(column + " '" + field + "' is out of range");
        }
        return v;
    }
}
