/** The offline store: feature and regime Delta tables built incrementally in month-anchored segments, and point-in-time retrieval. */
package com.adaptive.featurestore.offline;
