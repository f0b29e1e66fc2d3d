package com.adaptive.core.optimize;

import com.adaptive.core.metrics.PerformanceMetrics;

/** A bound a result must satisfy to rank among the feasible ones, e.g. {@code trade_count>=30}. */
public record Constraint(String metric, boolean atLeast, double bound) {

    /** Parses {@code metric>=value} or {@code metric<=value}. */
    public static Constraint parse(String text) {
        int ge = text.indexOf(">=");
        int le = text.indexOf("<=");
        int at = ge >= 0 ? ge : le;
        if (at <= 0) {
            throw new IllegalArgumentException("constraint '" + text + "' must look like metric>=value or metric<=value");
        }
        try {
            return new Constraint(text.substring(0, at).trim(), ge >= 0, Double.parseDouble(text.substring(at + 2).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("constraint '" + text + "' must end in a number");
        }
    }

    /** At least this many trades. */
    public static Constraint minTrades(int trades) {
        return new Constraint("trade_count", true, trades);
    }

    /** True when {@code m} satisfies the bound; an undefined (NaN) metric never does. */
    public boolean test(PerformanceMetrics m) {
        double v = m.get(metric);
        return atLeast ? v >= bound : v <= bound;
    }

    @Override
    public String toString() {
        return metric + (atLeast ? ">=" : "<=") + bound;
    }
}
