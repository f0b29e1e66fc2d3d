/** Robinhood Crypto Trading API: Ed25519-signed client, client-side rate limit, best bid/ask quote recorder and quote bars. */
package com.adaptive.marketdata.robinhood;
