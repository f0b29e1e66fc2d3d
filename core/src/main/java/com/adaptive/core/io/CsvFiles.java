package com.adaptive.core.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Opening CSV files (gzip when the name ends in {@code .gz}) and the number format every writer shares. */
public final class CsvFiles {
    private CsvFiles() {
    }

    public static BufferedReader openReader(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (isGzip(path)) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    public static BufferedWriter openWriter(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out = Files.newOutputStream(path);
        if (isGzip(path)) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    static boolean isGzip(Path path) {
        return path.getFileName().toString().endsWith(".gz");
    }

    /**
     * Writes a number as the shortest decimal that reads back to the same double, never in exponent form;
     * NaN becomes the empty field. Deterministic, so the same values give byte-identical files.
     */
    public static void appendNumber(StringBuilder sb, double value) {
        if (value != value) {
            return;
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("cannot write an infinite value to CSV");
        }
        String s = Double.toString(value);
        if (s.indexOf('E') >= 0) {
            s = new BigDecimal(s).stripTrailingZeros().toPlainString();
        }
        sb.append(s);
    }

    /** Splits a line on commas into {@code into}; returns the number of fields, or -1 if there are more than fit. */
    static int split(String line, String[] into) {
        int n = 0;
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                if (n == into.length) {
                    return -1;
                }
                into[n++] = line.substring(start, i);
                start = i + 1;
            }
        }
        return n;
    }
}
