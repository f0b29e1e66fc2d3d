/** HTTP plumbing shared by the exchange sources: retries on throttling and server errors only, capped backoff, JSON errors with position. */
package com.adaptive.marketdata.http;
