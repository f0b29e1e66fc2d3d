package com.adaptive.core.sim;

/**
 * Shape of the simulated market. Volatilities are standard deviations of 1m log returns; drift is given in
 * units of the episode's own volatility.
 *
 * @param startTimeMillis       open time of the first bar (default 2024-01-01T00:00Z)
 * @param startPrice            first open (default 30000)
 * @param baseVolPerBar         calm volatility per 1m bar (default 0.0008, about 58 % a year)
 * @param trendDriftMin         smallest |drift| of a trend, in volatilities per bar (default 0.15)
 * @param trendDriftMax         largest |drift| of a trend (default 0.35)
 * @param rangeReversionMin     slowest mean reversion of a range, per bar (default 0.03, half-life about 23 bars)
 * @param rangeReversionMax     fastest mean reversion of a range (default 0.10)
 * @param highVolMultipleMin    smallest volatility of a high-volatility episode, in base volatilities (default 3)
 * @param highVolMultipleMax    largest (default 5)
 * @param trendBars             min and max length of a trend episode (default 240..960)
 * @param rangeBars             min and max length of a range episode (default 360..1440)
 * @param highVolBars           min and max length of a high-volatility episode (default 120..480)
 * @param transitionBars        min and max length of the stretch between two episodes, labelled TRANSITION, over
 *                              which drift, reversion and volatility move linearly from one regime to the next
 *                              (default 30..90)
 */
public record SimulatorConfig(long startTimeMillis, double startPrice, double baseVolPerBar,
                              double trendDriftMin, double trendDriftMax,
                              double rangeReversionMin, double rangeReversionMax,
                              double highVolMultipleMin, double highVolMultipleMax,
                              int[] trendBars, int[] rangeBars, int[] highVolBars, int[] transitionBars) {

    public static final SimulatorConfig DEFAULTS = new SimulatorConfig(1_704_067_200_000L, 30_000.0, 0.0008,
            0.15, 0.35, 0.03, 0.10, 3.0, 5.0,
            new int[] {480, 1440}, new int[] {720, 2880}, new int[] {180, 600}, new int[] {60, 120});

    public SimulatorConfig {
        if (startTimeMillis % 60_000L != 0) {
            throw new IllegalArgumentException("startTimeMillis must be minute-aligned, was: " + startTimeMillis);
        }
        for (int[] range : new int[][] {trendBars, rangeBars, highVolBars, transitionBars}) {
            if (range.length != 2 || range[0] < 1 || range[1] < range[0]) {
                throw new IllegalArgumentException("episode lengths must be [min, max] with 1 <= min <= max");
            }
        }
    }
}
