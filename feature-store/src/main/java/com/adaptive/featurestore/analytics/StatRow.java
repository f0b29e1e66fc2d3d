package com.adaptive.featurestore.analytics;

/**
 * One figure of {@code regime_stats}, in long form so every section fits one table.
 *
 * @param section  {@code share}, {@code dwell}, {@code transition}, {@code forward} or {@code strategy}
 * @param regime   the regime the figure is about (the "from" regime of a transition)
 * @param toRegime the "to" regime of a transition, else null
 * @param strategy S1, S2 or S3 for the strategy section, else null
 * @param gating   {@code gated} or {@code ungated} for the strategy section, else null
 */
public record StatRow(String symbol, String section, String regime, String toRegime, String strategy, String gating,
                      String metric, double value) {
}
