package com.adaptive.core.indicator;

/** Bollinger band columns, one value per bar, NaN during warm-up. */
public record BollingerBands(double[] middle, double[] upper, double[] lower) {
}
