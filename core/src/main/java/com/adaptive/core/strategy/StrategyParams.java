package com.adaptive.core.strategy;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Named numeric strategy parameters (booleans as 0/1), immutable and sorted by name for stable output. */
public final class StrategyParams {
    private final Map<String, Double> values;

    private StrategyParams(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static StrategyParams empty() {
        return new StrategyParams(Map.of());
    }

    public static StrategyParams of(Map<String, Double> values) {
        return new StrategyParams(values);
    }

    /** Parses {@code name -> text}; {@code true/false} become 1/0; anything else must be a number. */
    public static StrategyParams parse(Map<String, String> texts) {
        Map<String, Double> parsed = new TreeMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().trim();
            double value;
            if (text.equalsIgnoreCase("true")) {
                value = 1;
            } else if (text.equalsIgnoreCase("false")) {
                value = 0;
            } else {
                try {
                    value = Double.parseDouble(text);
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("parameter " + e.getKey() + ": '" + text + "' is not a number");
                }
            }
            parsed.put(e.getKey(), value);
        }
        return new StrategyParams(parsed);
    }

    public Map<String, Double> asMap() {
        return values;
    }

    /** A copy with {@code name} set to {@code value}. */
    public StrategyParams with(String name, double value) {
        Map<String, Double> copy = new TreeMap<>(values);
        copy.put(name, value);
        return new StrategyParams(copy);
    }

    /** These parameters over {@code defaults}: every default present, overridden where given. */
    public StrategyParams over(StrategyParams defaults) {
        Map<String, Double> merged = new TreeMap<>(defaults.values);
        merged.putAll(values);
        return new StrategyParams(merged);
    }

    /** Throws when a name is not one of {@code known}, naming the strategy and the known names. */
    public void requireKnown(Set<String> known, String strategyId) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' for strategy " + strategyId
                        + ": expected one of " + new java.util.TreeSet<>(known));
            }
        }
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("parameter " + name + " is missing");
        }
        return v;
    }

    /** The value as a whole number of at least {@code min}. */
    public int getInt(String name, int min) {
        double v = get(name);
        if (v != Math.rint(v) || v < min || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("parameter " + name + " must be a whole number at least " + min + ", was: " + v);
        }
        return (int) v;
    }

    /** The value as a number of at least {@code min}. */
    public double getDouble(String name, double min) {
        double v = get(name);
        if (!(v >= min) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("parameter " + name + " must be a number at least " + min + ", was: " + v);
        }
        return v;
    }

    public boolean getBoolean(String name) {
        double v = get(name);
        if (v != 0 && v != 1) {
            throw new IllegalArgumentException("parameter " + name + " must be true/false (1/0), was: " + v);
        }
        return v == 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrategyParams other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** {@code k=v k=v}, whole numbers without a decimal point. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(e.getKey()).append('=').append(format(e.getValue()));
        }
        return sb.toString();
    }

    /** A number as written in parameter lists: {@code 20} rather than {@code 20.0}. */
    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
