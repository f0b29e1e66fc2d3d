/** The lake on Delta tables: table catalog and schemas, the idempotent MERGE writers, readers and SQL. */
package com.adaptive.warehouse.delta;
