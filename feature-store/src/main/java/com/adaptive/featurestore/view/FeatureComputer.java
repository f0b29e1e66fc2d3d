package com.adaptive.featurestore.view;

import com.adaptive.core.bar.BarSeries;

/** Computes a view's feature columns over bars: one array per feature, in the view's order, NaN where undefined. */
@FunctionalInterface
public interface FeatureComputer {
    double[][] compute(BarSeries bars);
}
