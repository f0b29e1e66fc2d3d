package com.adaptive.core.indicator;

/** Donchian channel columns (highest high, lowest low, their midpoint), one value per bar, NaN during warm-up. */
public record DonchianChannel(double[] upper, double[] lower, double[] middle) {
}
