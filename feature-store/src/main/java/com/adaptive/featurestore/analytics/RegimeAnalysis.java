package com.adaptive.featurestore.analytics;

import java.util.List;

/**
 * Everything the report shows for one symbol: the figures, and the series behind the charts (already reduced to a
 * few hundred points, so a year of 1m bars still makes a small page).
 *
 * @param priceTimes       times of the reduced price line
 * @param prices           closes of the reduced price line
 * @param bandRegimes      the dominant regime ordinal of each of {@code bandRegimes.length} equal time slices (-1 none)
 * @param transitionProbabilities P(next decision's regime | this decision's regime), rows and columns in Regime order
 * @param equityByRegime   per strategy (S1..S3, ungated): per regime, the cumulative equity change earned in that regime, reduced
 */
public record RegimeAnalysis(String symbol, long fromMillis, long toMillis, long bars, long decisions, List<StatRow> stats,
                             long[] priceTimes, double[] prices, byte[] bandRegimes, double[][] transitionProbabilities,
                             List<String> strategies, long[] equityTimes, double[][][] equityByRegime) {
}
