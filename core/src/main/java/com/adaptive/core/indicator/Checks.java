package com.adaptive.core.indicator;

/** Argument checks shared by the indicator factories; called once per construction, never in loops. */
final class Checks {
    private Checks() {
    }

    static int atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", was: " + value);
        }
        return value;
    }

    static void sameLength(String what, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalArgumentException(what + " must have " + expected + " values, was: " + actual);
        }
    }

    static double[] nanArray(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }
}
