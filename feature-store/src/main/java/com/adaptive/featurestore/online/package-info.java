/** Materialization: the latest offline rows of each view and the latest regimes, moved forward into the online store. */
package com.adaptive.featurestore.online;
