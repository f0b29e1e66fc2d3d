package com.adaptive.core.optimize;

/** One parameter's declared values: {@code from} to {@code to} inclusive in steps of {@code step}. */
public record ParameterRange(String name, double from, double to, double step) {

    public ParameterRange {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name is required");
        }
        if (!Double.isFinite(from) || !Double.isFinite(to) || from > to) {
            throw new IllegalArgumentException("range of " + name + " must have from <= to, was: " + from + ":" + to);
        }
        if (!(step > 0) && from != to) {
            throw new IllegalArgumentException("step of " + name + " must be positive, was: " + step);
        }
    }

    /** Parses {@code name=from:to:step} or {@code name=value}. */
    public static ParameterRange parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("grid '" + text + "' must look like name=from:to:step");
        }
        String name = text.substring(0, eq).trim();
        String[] parts = text.substring(eq + 1).split(":");
        try {
            if (parts.length == 1) {
                double v = Double.parseDouble(parts[0].trim());
                return new ParameterRange(name, v, v, 1);
            }
            if (parts.length == 3) {
                return new ParameterRange(name, Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                        Double.parseDouble(parts[2].trim()));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("grid '" + text + "' must look like name=from:to:step with numbers");
        }
        throw new IllegalArgumentException("grid '" + text + "' must look like name=from:to:step");
    }

    /** The values, computed as from + i × step (not by repeated addition, which drifts), rounded to 1e-9. */
    public double[] values() {
        if (from == to) {
            return new double[] {from};
        }
        int count = (int) Math.floor((to - from) / step + 1e-9) + 1;
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = Math.round((from + i * step) * 1e9) / 1e9;
        }
        return v;
    }
}
