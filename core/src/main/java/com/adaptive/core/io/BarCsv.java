package com.adaptive.core.io;

import com.adaptive.core.bar.BarSeries;

/** Bars read from a CSV file together with the time format the file used, so output can use it too. */
public record BarCsv(BarSeries bars, TimeFormat timeFormat) {
}
