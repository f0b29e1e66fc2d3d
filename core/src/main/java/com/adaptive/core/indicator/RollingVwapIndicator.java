package com.adaptive.core.indicator;

/**
 * Rolling VWAP over the last {@code period} bars: {@code sum(tp * volume) / sum(volume)} with typical price
 * {@code (high + low + close) / 3}; first defined at index {@code period - 1}, NaN while the window holds no
 * volume (e.g. a trading halt).
 */
public final class RollingVwapIndicator {
    private final int period;
    private final double[] ringPriceVolume;
    private final double[] ringVolume;
    private int count;
    private int pos;
    private int tradedBars;
    private double priceVolume;
    private double volumeSum;
    private double value = Double.NaN;

    public RollingVwapIndicator(int period) {
        this.period = Checks.atLeast("period", period, 1);
        this.ringPriceVolume = new double[period];
        this.ringVolume = new double[period];
    }

    /** Number of leading outputs that are NaN: {@code period - 1}. */
    public static int warmupBars(int period) {
        return Checks.atLeast("period", period, 1) - 1;
    }

    public int warmupBars() {
        return period - 1;
    }

    /** The rolling VWAP per bar. */
    public static double[] compute(double[] high, double[] low, double[] close, double[] volume, int period) {
        int n = close.length;
        Checks.sameLength("high", n, high.length);
        Checks.sameLength("low", n, low.length);
        Checks.sameLength("volume", n, volume.length);
        RollingVwapIndicator vwap = new RollingVwapIndicator(period);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = vwap.update(high[i], low[i], close[i], volume[i]);
        }
        return out;
    }

    /** Adds one bar and returns the current rolling VWAP. */
    public double update(double high, double low, double close, double volume) {
        double pv = (high + low + close) / 3.0 * volume;
        if (count == period) {
            priceVolume -= ringPriceVolume[pos];
            volumeSum -= ringVolume[pos];
            if (ringVolume[pos] != 0.0) {
                tradedBars--;
            }
        } else {
            count++;
        }
        ringPriceVolume[pos] = pv;
        ringVolume[pos] = volume;
        pos = pos + 1 == period ? 0 : pos + 1;
        priceVolume += pv;
        volumeSum += volume;
        if (volume != 0.0) {
            tradedBars++;
        }
        if (tradedBars == 0) {
            // subtraction leaves rounding dust when every traded bar has left the window; the true sums are zero
            priceVolume = 0.0;
            volumeSum = 0.0;
        }
        value = count == period && tradedBars > 0 ? priceVolume / volumeSum : Double.NaN;
        return value;
    }

    public double value() {
        return value;
    }
}
