package com.adaptive.marketdata.quality;

/** A threshold that a batch broke: the check, the threshold's name, and a sentence that says why. */
public record QualityBreach(String check, String threshold, String reason) {
}
