/** The feature store: feature views over core's indicators, their offline Delta tables, point-in-time retrieval and materialization. */
package com.adaptive.featurestore;
