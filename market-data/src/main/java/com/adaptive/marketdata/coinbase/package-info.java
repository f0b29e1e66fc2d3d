/** Coinbase Exchange REST candles as a {@link com.adaptive.marketdata.source.BarSource}. */
package com.adaptive.marketdata.coinbase;
