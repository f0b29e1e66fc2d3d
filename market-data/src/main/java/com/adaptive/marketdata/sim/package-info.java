/** The offline {@link com.adaptive.marketdata.source.BarSource}: core's seeded regime-switching simulator, no network. */
package com.adaptive.marketdata.sim;
