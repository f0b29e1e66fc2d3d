package com.adaptive.featurestore.view;

import com.adaptive.core.bar.BarInterval;
import com.adaptive.core.bar.BarSeries;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A feature view, declared once: its entity is (symbol, interval), its features come from {@code computer} with
 * {@code parameters}. Changing a parameter or a feature makes a different {@link #fingerprint()}, which the offline
 * build refuses to write into the table of the old version: a change needs a new {@code version}, and the old
 * version's table stays readable.
 *
 * @param warmupBars bars of history the features need before their values are usable; each build reads this much
 *                   before the first bar it computes
 * @param ttl        how long after its event time a feature row may be served (point-in-time joins and the online store)
 */
public record FeatureView(String name, int version, String description, List<BarInterval> intervals, List<String> features,
                          Map<String, String> parameters, int warmupBars, Duration ttl, FeatureComputer computer) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public FeatureView {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("feature view name must match [a-z][a-z0-9_]*, was: " + name);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version of feature view " + name + " must be at least 1, was: " + version);
        }
        if (intervals == null || intervals.isEmpty()) {
            throw new IllegalArgumentException("feature view " + name + " needs at least one interval");
        }
        if (features == null || features.isEmpty()) {
            throw new IllegalArgumentException("feature view " + name + " needs at least one feature");
        }
        for (String f : features) {
            if (!NAME.matcher(f).matches() || List.of("symbol", "interval", "open_time", "event_time", "month").contains(f)) {
                throw new IllegalArgumentException("feature name '" + f + "' of view " + name
                        + " must match [a-z][a-z0-9_]* and not be a key column");
            }
        }
        if (warmupBars < 0) {
            throw new IllegalArgumentException("warmupBars of feature view " + name + " must not be negative, was: " + warmupBars);
        }
        if (ttl == null || ttl.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("ttl of feature view " + name + " must be at least 1 minute, was: " + ttl);
        }
        intervals = List.copyOf(intervals);
        features = List.copyOf(features);
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /** The Delta table holding this version: {@code features_<name>_v<version>}. */
    public String tableName() {
        return "features_" + name + "_v" + version;
    }

    /** {@code name:version}, as users pass it. */
    public String id() {
        return name + ":" + version;
    }

    /** Hash of everything that decides the values: name, version, intervals, features, parameters and warm-up. */
    public String fingerprint() {
        String text = name + "|" + version + "|" + intervals + "|" + features + "|" + parameters + "|" + warmupBars;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Runs the computer and checks it returned one full column per feature. */
    public double[][] compute(BarSeries bars) {
        double[][] columns = computer.compute(bars);
        if (columns.length != features.size()) {
            throw new IllegalStateException("feature view " + id() + " computed " + columns.length + " columns for "
                    + features.size() + " features");
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].length != bars.size()) {
                throw new IllegalStateException("feature view " + id() + " computed " + columns[i].length + " values of "
                        + features.get(i) + " for " + bars.size() + " bars");
            }
        }
        return columns;
    }
}
