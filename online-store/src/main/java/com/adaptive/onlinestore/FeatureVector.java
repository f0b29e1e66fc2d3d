package com.adaptive.onlinestore;

import java.util.Arrays;
import java.util.List;

/**
 * The latest values of one feature view for one entity (symbol, interval), as the online store keeps them.
 *
 * @param eventTimeMillis    when the values became known: the close time of the bar they were computed on
 * @param names              feature names, in the view's order; no name contains a comma
 * @param values             one value per name; NaN where the view had no value (warm-up)
 * @param ttlMillis          how long after {@code eventTimeMillis} the values may be used
 * @param materializedAtMillis when materialization wrote them (0 for a vector not yet written)
 */
public record FeatureVector(String view, int version, String symbol, String interval, long eventTimeMillis,
                            List<String> names, double[] values, long ttlMillis, long materializedAtMillis) {

    public FeatureVector {
        requireText("view", view);
        requireText("symbol", symbol);
        requireText("interval", interval);
        if (version < 1) {
            throw new IllegalArgumentException("feature view version must be at least 1, was: " + version);
        }
        names = List.copyOf(names);
        if (names.size() != values.length) {
            throw new IllegalArgumentException("feature vector of " + view + " v" + version + " has " + names.size()
                    + " names but " + values.length + " values");
        }
        for (String name : names) {
            if (name.isEmpty() || name.contains(",")) {
                throw new IllegalArgumentException("feature name '" + name + "' of " + view + " must be non-empty and without commas");
            }
        }
        if (ttlMillis <= 0) {
            throw new IllegalArgumentException("ttlMillis must be positive, was: " + ttlMillis);
        }
        values = values.clone();
    }

    /** The value of one feature; an IllegalArgumentException lists the view's features when the name is unknown. */
    public double value(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("feature view " + view + " v" + version + " has no feature '" + name
                    + "': its features are " + names);
        }
        return values[i];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** True while {@code nowMillis} is at or after the event time and no more than the TTL past it. */
    public boolean isFreshAt(long nowMillis) {
        long age = nowMillis - eventTimeMillis;
        return age >= 0 && age <= ttlMillis;
    }

    /** This vector stamped with the time it was written. */
    public FeatureVector materializedAt(long millis) {
        return new FeatureVector(view, version, symbol, interval, eventTimeMillis, names, values, ttlMillis, millis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureVector v && view.equals(v.view) && version == v.version && symbol.equals(v.symbol)
                && interval.equals(v.interval) && eventTimeMillis == v.eventTimeMillis && names.equals(v.names)
                && Arrays.equals(values, v.values) && ttlMillis == v.ttlMillis && materializedAtMillis == v.materializedAtMillis;
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(view, version, symbol, interval, eventTimeMillis) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return view + " v" + version + " " + symbol + " " + interval + " @" + java.time.Instant.ofEpochMilli(eventTimeMillis)
                + " " + names + "=" + Arrays.toString(values);
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
