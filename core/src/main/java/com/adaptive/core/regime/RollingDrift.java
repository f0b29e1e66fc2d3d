package com.adaptive.core.regime;

/**
 * drift_z: how far the price has moved over the last bars, in units of its own noise. For a window of n log
 * returns r the normalised net move is {@code z(n) = Σr / √Σr²} — the net log move divided by the window's realized
 * volatility (uncentered) times √n. A random walk gives a standard normal; a drift of μ volatilities per bar gives
 * about μ√n; a mean-reverting (ranging) market stays well inside ±1 because its moves cancel. drift_z blends a short
 * and a long window, {@code (z(short) + w·z(long)) / (1 + w)}, signed, so a recent reversal against the longer move
 * pulls it towards 0.
 *
 * <p>One ring buffer of the long window's returns serves both windows. O(1) per return; the sums are recomputed from
 * the ring once per long-window length (O(1) amortised) so rounding cannot pile up. Allocation-free after
 * construction; deterministic.
 */
final class RollingDrift {
    private final int shortBars;
    private final int longBars;
    private final double longWeight;
    private final double[] ring;
    private int count;
    private int write;
    private int shortTail;
    private double shortSum;
    private double shortSq;
    private double longSum;
    private double longSq;

    RollingDrift(int shortBars, int longBars, double longWeight) {
        if (shortBars < 2 || longBars < shortBars) {
            throw new IllegalArgumentException("need 2 <= shortBars <= longBars, were " + shortBars + " and " + longBars);
        }
        this.shortBars = shortBars;
        this.longBars = longBars;
        this.longWeight = longWeight;
        this.ring = new double[longBars];
    }

    /** Adds one log return. */
    void add(double r) {
        double[] ring = this.ring;
        if (count >= shortBars) {
            double o = ring[shortTail];
            shortSum -= o;
            shortSq -= o * o;
            shortTail = shortTail + 1 == longBars ? 0 : shortTail + 1;
        }
        if (count == longBars) {
            double o = ring[write];
            longSum -= o;
            longSq -= o * o;
        } else {
            count++;
        }
        ring[write] = r;
        double rr = r * r;
        shortSum += r;
        shortSq += rr;
        longSum += r;
        longSq += rr;
        write = write + 1 == longBars ? 0 : write + 1;
        if (write == 0 && count == longBars) {
            recompute();
        }
    }

    private void recompute() {
        // the ring is full and write == 0: index longBars − shortBars .. longBars − 1 is the short window
        double s = 0.0;
        double q = 0.0;
        int split = longBars - shortBars;
        for (int i = 0; i < split; i++) {
            double v = ring[i];
            s += v;
            q += v * v;
        }
        double ss = 0.0;
        double sq = 0.0;
        for (int i = split; i < longBars; i++) {
            double v = ring[i];
            ss += v;
            sq += v * v;
        }
        shortSum = ss;
        shortSq = sq;
        longSum = s + ss;
        longSq = q + sq;
    }

    /** drift_z of the full windows; NaN until the long window is full or when a window's returns are all 0. */
    double value() {
        if (count < longBars || !(shortSq > 0.0) || !(longSq > 0.0)) {
            return Double.NaN;
        }
        return (shortSum / Math.sqrt(shortSq) + longWeight * (longSum / Math.sqrt(longSq))) / (1.0 + longWeight);
    }
}
