package com.adaptive.featurestore.offline;

import java.util.List;

/**
 * One row of a feature table.
 *
 * @param openTimeMillis  open time of the bar the values were computed on
 * @param eventTimeMillis when they became known: that bar's close
 * @param values          one per feature name; NaN where the table holds null
 */
public record FeatureRow(String symbol, String interval, long openTimeMillis, long eventTimeMillis, List<String> names,
                         double[] values) {
}
