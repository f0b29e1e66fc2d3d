/** Data-quality checks over bars (gaps, duplicates, zero-volume runs, price jumps, staleness, missing share) and their thresholds. */
package com.adaptive.marketdata.quality;
