/** The JVM's one SparkSession: settings for a fast cold start, Delta extensions, quiet engine logging. */
package com.adaptive.warehouse.spark;
