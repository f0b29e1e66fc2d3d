package com.adaptive.core.sim;

import com.adaptive.core.bar.BarSeries;
import com.adaptive.core.regime.RegimeLabels;

/** Simulated 1m bars with the true regime of every bar. */
public record SimulatedMarket(BarSeries bars, RegimeLabels labels) {
}
