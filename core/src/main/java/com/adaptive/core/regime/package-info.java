/**
 * The market regime classifier: TRENDING, RANGING, TRANSITION or HIGH_VOLATILITY decided on the close of every
 * 5-minute UTC bucket of 1m bars from VWAP slope, ATR percentile, short/long volatility ratio and drift_z (the
 * normalised net move over 120 and 240 bars, {@code ReturnWindows}); its config,
 * decision files, labels and evaluation.
 */
package com.adaptive.core.regime;
