package com.adaptive.core.metrics;

/**
 * The per-bar part of {@link MetricsCalculator}: bar returns rᵢ = Eᵢ/Eᵢ₋₁ − 1 folded into the sums and the drawdown
 * state the metrics are computed from. {@link MetricsCalculator#compute} runs every equity curve through it, and the
 * backtest can feed it bar by bar instead of keeping a curve (the optimizer's runs), with the same arithmetic in the
 * same order, so both give the same metrics bit for bit. Mutable, one per thread; {@link #reset} before each run.
 */
public final class ReturnAccumulator {
    int count;
    double sum;
    double sumSq;
    double downSq;
    double curve;
    double peak;
    double maxDd;
    int barsSincePeak;
    int longestUnderwater;
    double equitySum;
    private double prev;

    public ReturnAccumulator() {
        reset(1);
    }

    /** Starts over; {@code startEquity} is E₋₁, the capital before the first bar. */
    public void reset(double startEquity) {
        count = 0;
        sum = 0;
        sumSq = 0;
        downSq = 0;
        curve = 1;
        peak = 1;
        maxDd = 0;
        barsSincePeak = 0;
        longestUnderwater = 0;
        equitySum = 0;
        prev = startEquity;
    }

    /** The next bar's equity. */
    public void add(double e) {
        double r = e / prev - 1;
        prev = e;
        count++;
        sum += r;
        sumSq += r * r;
        // branch-free where the data flips sign every few bars; the rare branches below predict well
        double down = r < 0 ? r : 0;
        downSq += down * down;
        equitySum += e;
        curve *= 1 + r;
        if (curve >= peak) {
            peak = curve;
            barsSincePeak = 0;
        } else {
            barsSincePeak++;
            if (barsSincePeak > longestUnderwater) {
                longestUnderwater = barsSincePeak;
            }
            // a deeper trough is rare: compare by multiplication and divide only then
            if (curve < peak * (1 - maxDd)) {
                maxDd = 1 - curve / peak;
            }
        }
    }

    /**
     * {@link #add}s each value of {@code equity}, or {@link #skip}s it where {@code regimes} (nullable) differs from
     * {@code regimeFilter}. The same arithmetic as {@link #add} in the same order (so the same bits), written over
     * local variables so that a whole curve runs at register speed rather than through this object's fields.
     */
    public void addAll(double[] equity, byte[] regimes, int regimeFilter) {
        boolean all = regimes == null;
        int count = this.count;
        double sum = this.sum;
        double sumSq = this.sumSq;
        double downSq = this.downSq;
        double curve = this.curve;
        double peak = this.peak;
        double maxDd = this.maxDd;
        int barsSincePeak = this.barsSincePeak;
        int longestUnderwater = this.longestUnderwater;
        double equitySum = this.equitySum;
        double prev = this.prev;
        for (int i = 0; i < equity.length; i++) {
            double e = equity[i];
            double r = e / prev - 1;
            prev = e;
            if (!all && regimes[i] != regimeFilter) {
                continue;
            }
            count++;
            sum += r;
            sumSq += r * r;
            double down = r < 0 ? r : 0;
            downSq += down * down;
            equitySum += e;
            curve *= 1 + r;
            if (curve >= peak) {
                peak = curve;
                barsSincePeak = 0;
            } else {
                barsSincePeak++;
                if (barsSincePeak > longestUnderwater) {
                    longestUnderwater = barsSincePeak;
                }
                if (curve < peak * (1 - maxDd)) {
                    maxDd = 1 - curve / peak;
                }
            }
        }
        this.count = count;
        this.sum = sum;
        this.sumSq = sumSq;
        this.downSq = downSq;
        this.curve = curve;
        this.peak = peak;
        this.maxDd = maxDd;
        this.barsSincePeak = barsSincePeak;
        this.longestUnderwater = longestUnderwater;
        this.equitySum = equitySum;
        this.prev = prev;
    }

    /** The next bar's equity, on a bar left out of the statistics (another regime's): it only becomes Eᵢ₋₁. */
    public void skip(double e) {
        prev = e;
    }

    /**
     * {@code bars} bars in a row with equity {@code e}: the same state as {@link #add}ing {@code e} that many times.
     * After the first, each bar's return is e/e − 1 = +0 exactly (for a finite non-zero e), which leaves the sums,
     * the curve, the peak and the deepest drawdown as they are; only the count, the equity sum (added bar by bar,
     * as rounding requires) and the time under water move.
     */
    public void addUnchanged(double e, int bars) {
        if (bars <= 0) {
            return;
        }
        add(e);
        int more = bars - 1;
        if (more == 0) {
            return;
        }
        if (e / e != 1) {
            for (int i = 0; i < more; i++) {
                add(e);
            }
            return;
        }
        count += more;
        sum += 0.0;
        sumSq += 0.0;
        downSq += 0.0;
        double es = equitySum;
        for (int i = 0; i < more; i++) {
            es += e;
        }
        equitySum = es;
        if (curve >= peak) {
            peak = curve;
            barsSincePeak = 0;
        } else {
            barsSincePeak += more;
            if (barsSincePeak > longestUnderwater) {
                longestUnderwater = barsSincePeak;
            }
            if (curve < peak * (1 - maxDd)) {
                maxDd = 1 - curve / peak;
            }
        }
    }

    /** Bars added so far. */
    public int count() {
        return count;
    }

    /** The last equity given (E₋₁ before any). */
    public double lastEquity() {
        return prev;
    }
}
