package com.adaptive.core.regime;

import java.util.Locale;

/**
 * Scores decisions against true labels: each decision is compared with the label of the last bar it used (the
 * last bar that opened before its decision time). Decisions made during the classifier's warm-up (rule WARMUP)
 * are counted apart and not scored.
 */
public final class RegimeEvaluation {
    private static final Regime[] ORDER = Regime.values();
    private final long[][] matrix = new long[ORDER.length][ORDER.length];
    private long warmupSkipped;
    private long unlabelled;

    /** Adds the decisions of one run against its labels; can be called for several runs to pool them. */
    public RegimeEvaluation add(RegimeClassification decisions, RegimeLabels labels) {
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.rule(i) == RegimeRule.WARMUP) {
                warmupSkipped++;
                continue;
            }
            int j = labels.lastBefore(decisions.decisionTimeMillis(i));
            if (j < 0 || labels.openTimeMillis()[j] < decisions.decisionTimeMillis(i) - RegimeClassifier.BUCKET_MILLIS) {
                unlabelled++;
                continue;
            }
            matrix[labels.regimes()[j].ordinal()][decisions.regime(i).ordinal()]++;
        }
        return this;
    }

    /** Count of decisions with true label {@code actual} that reported {@code predicted}. */
    public long count(Regime actual, Regime predicted) {
        return matrix[actual.ordinal()][predicted.ordinal()];
    }

    public long scored() {
        long n = 0;
        for (long[] row : matrix) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    public long warmupSkipped() {
        return warmupSkipped;
    }

    public double accuracy() {
        long hit = 0;
        for (int i = 0; i < ORDER.length; i++) {
            hit += matrix[i][i];
        }
        return (double) hit / scored();
    }

    /** Share of decisions labelled {@code r} that were reported as {@code r}. */
    public double recall(Regime r) {
        long row = 0;
        for (long v : matrix[r.ordinal()]) {
            row += v;
        }
        return (double) matrix[r.ordinal()][r.ordinal()] / row;
    }

    /** Share of decisions reported as {@code r} whose label was {@code r}. */
    public double precision(Regime r) {
        long col = 0;
        for (long[] row : matrix) {
            col += row[r.ordinal()];
        }
        return (double) matrix[r.ordinal()][r.ordinal()] / col;
    }

    /** The confusion matrix (rows = label, columns = decision), per-class precision and recall, and accuracy. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-17s", "label \\ decision"));
        for (Regime r : ORDER) {
            sb.append(String.format(Locale.ROOT, " %15s", r));
        }
        sb.append('\n');
        for (Regime a : ORDER) {
            sb.append(String.format(Locale.ROOT, "%-17s", a));
            for (Regime p : ORDER) {
                sb.append(String.format(Locale.ROOT, " %15d", count(a, p)));
            }
            sb.append('\n');
        }
        sb.append('\n').append(String.format(Locale.ROOT, "%-17s %9s %9s%n", "class", "precision", "recall"));
        for (Regime r : ORDER) {
            sb.append(String.format(Locale.ROOT, "%-17s %8.1f%% %8.1f%%%n", r, 100 * precision(r), 100 * recall(r)));
        }
        sb.append(String.format(Locale.ROOT, "%noverall accuracy %.1f%% over %d decisions (%d warm-up decisions not scored)%n",
                100 * accuracy(), scored(), warmupSkipped));
        if (unlabelled > 0) {
            sb.append(String.format(Locale.ROOT, "%d decisions had no label for their last bar and were not scored%n", unlabelled));
        }
        return sb.toString();
    }
}
