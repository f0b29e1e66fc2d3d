package com.adaptive.warehouse.delta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A plain-Java pass over a staged-bars folder before Spark sees it: row count, time span per (symbol, interval),
 * repeated keys, and refusal of rows the MERGE must never get (wrong field count, empty field, conflicting repeat).
 *
 * <p>A million staged rows take well under a second here, far less than a Spark job's cold start would.
 */
final class StagedBarsScan {
    static final int FIELDS = 9;

    /** Time span and row count of one (symbol, interval) in the staging. */
    record Span(String symbol, String interval, long firstMillis, long lastMillis, long rows) {
    }

    private final List<Span> spans;
    private final long distinctRows;
    private final boolean hasRepeats;

    private StagedBarsScan(List<Span> spans, long distinctRows, boolean hasRepeats) {
        this.spans = spans;
        this.distinctRows = distinctRows;
        this.hasRepeats = hasRepeats;
    }

    List<Span> spans() {
        return spans;
    }

    /** Rows after collapsing identical repeats: what the MERGE reads as its source. */
    long distinctRows() {
        return distinctRows;
    }

    /** True when some key appears more than once (always with identical values, else the scan refuses the folder). */
    boolean hasRepeats() {
        return hasRepeats;
    }

    /** The data files of a staging folder: regular files not hidden and not Spark/Hadoop markers, sorted by name. */
    static List<Path> dataFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scans every data file of {@code dir}; bad rows throw IllegalArgumentException naming file and line. */
    static StagedBarsScan of(Path dir) {
        Map<String, TimeColumn> perSeries = new LinkedHashMap<>();
        for (Path file : dataFiles(dir)) {
            forEachRow(file, (fields, lineNumber) -> {
                for (int i = 0; i < 8; i++) {
                    if (fields[i].isEmpty()) {
                        throw bad(file, lineNumber, "field " + (i + 1) + " is empty");
                    }
                }
                long openTimeMillis;
                try {
                    openTimeMillis = Long.parseLong(fields[2]);
                } catch (NumberFormatException e) {
                    throw bad(file, lineNumber, "open time '" + fields[2] + "' is not epoch milliseconds");
                }
                perSeries.computeIfAbsent(fields[0] + "," + fields[1], k -> new TimeColumn()).add(openTimeMillis);
            });
        }
        List<Span> spans = new ArrayList<>();
        Map<String, Set<Long>> repeatedKeys = new HashMap<>();
        long distinct = 0;
        for (Map.Entry<String, TimeColumn> e : perSeries.entrySet()) {
            String[] key = e.getKey().split(",", 2);
            long[] times = e.getValue().sorted();
            long unique = times.length == 0 ? 0 : 1;
            for (int i = 1; i < times.length; i++) {
                if (times[i] == times[i - 1]) {
                    repeatedKeys.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(times[i]);
                } else {
                    unique++;
                }
            }
            distinct += unique;
            spans.add(new Span(key[0], key[1], times[0], times[times.length - 1], unique));
        }
        if (!repeatedKeys.isEmpty()) {
            refuseConflictingRepeats(dir, repeatedKeys);
        }
        return new StagedBarsScan(List.copyOf(spans), distinct, !repeatedKeys.isEmpty());
    }

    /** A second pass only over repeated keys: identical repeats collapse, differing values are refused. */
    private static void refuseConflictingRepeats(Path dir, Map<String, Set<Long>> repeatedKeys) {
        Map<String, String> firstValues = new HashMap<>();
        for (Path file : dataFiles(dir)) {
            forEachRow(file, (fields, lineNumber) -> {
                String series = fields[0] + "," + fields[1];
                Set<Long> repeated = repeatedKeys.get(series);
                long openTimeMillis = Long.parseLong(fields[2]);
                if (repeated == null || !repeated.contains(openTimeMillis)) {
                    return;
                }
                // compare numerically: "100.0" and "100" are the same price
                StringBuilder values = new StringBuilder();
                for (int i = 3; i < 8; i++) {
                    values.append(Double.parseDouble(fields[i])).append(',');
                }
                String key = series + "," + openTimeMillis;
                String earlier = firstValues.putIfAbsent(key, values.toString());
                if (earlier != null && !earlier.contentEquals(values)) {
                    throw new IllegalArgumentException("key (" + fields[0] + ", " + fields[1] + ", "
                            + Instant.ofEpochMilli(openTimeMillis) + ") has conflicting values within the batch ("
                            + file.getFileName() + " line " + lineNumber + ")");
                }
            });
        }
    }

    private interface RowHandler {
        void row(String[] fields, long lineNumber);
    }

    private static void forEachRow(Path file, RowHandler handler) {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            long lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != FIELDS) {
                    throw bad(file, lineNumber, "expected " + FIELDS + " fields, found " + fields.length);
                }
                handler.row(fields, lineNumber);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read staged file " + file + ": " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException bad(Path file, long lineNumber, String why) {
        return new IllegalArgumentException("staged file " + file.getFileName() + " line " + lineNumber + ": " + why);
    }

    /** A growable long[] of open times. */
    private static final class TimeColumn {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
