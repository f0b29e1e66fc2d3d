package com.adaptive.core.indicator;

import com.adaptive.core.bar.BarSeries;

/**
 * One-stop static facade over the batch indicators: each call returns a new column as long as its input, NaN
 * during warm-up, the value at index i computed from indices 0..i only.
 */
public final class Indicators {
    private Indicators() {
    }

    public static double[] sma(double[] x, int period) {
        return SmaIndicator.compute(x, period);
    }

    public static double[] ema(double[] x, int period) {
        return EmaIndicator.compute(x, period);
    }

    public static double[] trueRange(double[] high, double[] low, double[] close) {
        return TrueRangeIndicator.compute(high, low, close);
    }

    public static double[] trueRange(BarSeries bars) {
        return TrueRangeIndicator.compute(bars.high(), bars.low(), bars.close());
    }

    public static double[] atr(double[] high, double[] low, double[] close, int period) {
        return AtrIndicator.compute(high, low, close, period);
    }

    public static double[] atr(BarSeries bars, int period) {
        return AtrIndicator.compute(bars.high(), bars.low(), bars.close(), period);
    }

    public static double[] rsi(double[] close, int period) {
        return RsiIndicator.compute(close, period);
    }

    public static double[] sessionVwap(long[] openTimeMillis, double[] high, double[] low, double[] close, double[] volume) {
        return SessionVwapIndicator.compute(openTimeMillis, high, low, close, volume);
    }

    public static double[] sessionVwap(BarSeries bars) {
        return SessionVwapIndicator.compute(bars.openTimeMillis(), bars.high(), bars.low(), bars.close(), bars.volume());
    }

    public static double[] rollingVwap(double[] high, double[] low, double[] close, double[] volume, int period) {
        return RollingVwapIndicator.compute(high, low, close, volume, period);
    }

    public static double[] rollingVwap(BarSeries bars, int period) {
        return RollingVwapIndicator.compute(bars.high(), bars.low(), bars.close(), bars.volume(), period);
    }

    public static BollingerBands bollinger(double[] x, int period, double k) {
        return BollingerIndicator.compute(x, period, k);
    }

    public static DonchianChannel donchian(double[] high, double[] low, int period) {
        return DonchianIndicator.compute(high, low, period);
    }

    public static double[] realizedVolatility(double[] close, int period) {
        return RealizedVolatilityIndicator.compute(close, period);
    }

    public static double[] percentileRank(double[] x, int window) {
        return PercentileRankIndicator.compute(x, window);
    }

    public static double[] linearRegressionSlope(double[] y, int period) {
        return LinearRegressionSlopeIndicator.compute(y, period);
    }
}
