/**
 * Technical indicators over primitive columns: each has a static batch {@code compute} and a streaming
 * updater with identical results, TA-Lib seeding, NaN during warm-up and no lookahead.
 */
package com.adaptive.core.indicator;
