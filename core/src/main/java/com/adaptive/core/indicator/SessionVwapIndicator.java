package com.adaptive.core.indicator;

/**
 * Session VWAP anchored at each UTC midnight: {@code sum(tp * volume) / sum(volume)} over the bars opened since
 * the start of the bar's UTC day, with typical price {@code tp = (high + low + close) / 3}. Defined from the
 * first bar of a day; NaN while the session's volume is still zero.
 */
public final class SessionVwapIndicator {
    private static final long DAY_MILLIS = 86_400_000L;
    private long day = Long.MIN_VALUE;
    // [dayStart, nextDayStart): the open times of the current day, so that a bar inside it costs two comparisons
    // instead of a division; an overflowed bound only sends more bars to the exact day check
    private long dayStart = Long.MAX_VALUE;
    private long nextDayStart = Long.MIN_VALUE;
    private double priceVolume;
    private double volumeSum;
    private double value = Double.NaN;

    /** Number of leading outputs that are NaN on bars with volume: 0. */
    public static int warmupBars() {
        return 0;
    }

    /** The session VWAP per bar. */
    public static double[] compute(long[] openTimeMillis, double[] high, double[] low, double[] close, double[] volume) {
        int n = close.length;
        Checks.sameLength("openTimeMillis", n, openTimeMillis.length);
        Checks.sameLength("high", n, high.length);
        Checks.sameLength("low", n, low.length);
        Checks.sameLength("volume", n, volume.length);
        double[] out = new double[n];
        SessionVwapIndicator vwap = new SessionVwapIndicator();
        for (int i = 0; i < n; i++) {
            out[i] = vwap.update(openTimeMillis[i], high[i], low[i], close[i], volume[i]);
        }
        return out;
    }

    /** Adds one bar and returns the VWAP of its UTC day so far. */
    public double update(long openTimeMillis, double high, double low, double close, double volume) {
        if (openTimeMillis >= nextDayStart || openTimeMillis < dayStart) {
            long barDay = Math.floorDiv(openTimeMillis, DAY_MILLIS);
            if (barDay != day) {
                day = barDay;
                priceVolume = 0.0;
                volumeSum = 0.0;
            }
            dayStart = barDay * DAY_MILLIS;
            nextDayStart = dayStart + DAY_MILLIS;
        }
        priceVolume += (high + low + close) / 3.0 * volume;
        volumeSum += volume;
        value = volumeSum > 0.0 ? priceVolume / volumeSum : Double.NaN;
        return value;
    }

    public double value() {
        return value;
    }

    /** An independent updater in the same state; see {@link EmaIndicator#copy()}. */
    public SessionVwapIndicator copy() {
        SessionVwapIndicator c = new SessionVwapIndicator();
        c.restore(this);
        return c;
    }

    /** Takes the state of {@code other}. */
    public void restore(SessionVwapIndicator other) {
        day = other.day;
        dayStart = other.dayStart;
        nextDayStart = other.nextDayStart;
        priceVolume = other.priceVolume;
        volumeSum = other.volumeSum;
        value = other.value;
    }
}
