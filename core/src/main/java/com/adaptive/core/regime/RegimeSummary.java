package com.adaptive.core.regime;

import java.util.Arrays;
import java.util.Locale;

/** Share of decisions and median dwell (length of an unbroken run of decisions, in minutes) per regime. */
public final class RegimeSummary {
    private final long[] decisions = new long[Regime.values().length];
    private final double[] medianDwellMinutes = new double[Regime.values().length];
    private final int[] runs = new int[Regime.values().length];
    private final long total;

    private RegimeSummary(RegimeClassification c, boolean skipWarmup) {
        int n = Regime.values().length;
        long[][] runLengths = new long[n][16];
        long count = 0;
        int runStart = -1;
        int last = -1;
        Regime runRegime = null;
        for (int i = 0; i <= c.size(); i++) {
            boolean end = i == c.size();
            if (!end && skipWarmup && c.rule(i) == RegimeRule.WARMUP) {
                continue;
            }
            Regime r = end ? null : c.regime(i);
            if (r != runRegime) {
                if (runRegime != null) {
                    int k = runRegime.ordinal();
                    long lengthMinutes = (c.decisionTimeMillis(last) - c.decisionTimeMillis(runStart)) / 60_000L + 5;
                    if (runs[k] == runLengths[k].length) {
                        runLengths[k] = Arrays.copyOf(runLengths[k], runs[k] * 2);
                    }
                    runLengths[k][runs[k]++] = lengthMinutes;
                }
                runRegime = r;
                runStart = i;
            }
            if (!end) {
                last = i;
                decisions[r.ordinal()]++;
                count++;
            }
        }
        total = count;
        for (int k = 0; k < n; k++) {
            long[] lengths = Arrays.copyOf(runLengths[k], runs[k]);
            Arrays.sort(lengths);
            medianDwellMinutes[k] = lengths.length == 0 ? Double.NaN
                    : lengths.length % 2 == 1 ? lengths[lengths.length / 2]
                    : (lengths[lengths.length / 2 - 1] + lengths[lengths.length / 2]) / 2.0;
        }
    }

    /** Summarises a run, leaving out warm-up decisions. */
    public static RegimeSummary of(RegimeClassification c) {
        return new RegimeSummary(c, true);
    }

    public double share(Regime r) {
        return (double) decisions[r.ordinal()] / total;
    }

    public double medianDwellMinutes(Regime r) {
        return medianDwellMinutes[r.ordinal()];
    }

    public int runs(Regime r) {
        return runs[r.ordinal()];
    }

    public String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-17s %8s %6s %18s%n", "regime", "share", "runs", "median dwell (min)"));
        for (Regime r : Regime.values()) {
            sb.append(String.format(Locale.ROOT, "%-17s %7.1f%% %6d %18.1f%n", r, 100 * share(r), runs(r), medianDwellMinutes(r)));
        }
        sb.append(String.format(Locale.ROOT, "%d decisions after warm-up%n", total));
        return sb.toString();
    }
}
