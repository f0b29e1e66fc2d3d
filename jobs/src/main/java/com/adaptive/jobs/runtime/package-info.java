/** The batch runtime: Spring context, SQLite job repository, launching, restarts and stale executions. */
package com.adaptive.jobs.runtime;
