/** Resampling of bars to a longer epoch-aligned interval; incomplete buckets are dropped and counted. */
package com.adaptive.marketdata.resample;
