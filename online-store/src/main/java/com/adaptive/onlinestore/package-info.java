/** The online feature store: latest feature vectors and regimes in SQLite, written forward-only by materialization and read by the live trader. */
package com.adaptive.onlinestore;
