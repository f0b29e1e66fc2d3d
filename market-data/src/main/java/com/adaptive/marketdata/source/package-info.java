/** The {@link com.adaptive.marketdata.source.BarSource} seam: closed bars for a canonical symbol from one source. */
package com.adaptive.marketdata.source;
