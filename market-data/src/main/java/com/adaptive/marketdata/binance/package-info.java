/** Binance spot REST klines as a {@link com.adaptive.marketdata.source.BarSource}. */
package com.adaptive.marketdata.binance;
