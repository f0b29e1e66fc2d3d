/** Job ingest-files: reading, validating, staging and merging bar files into the lake. */
package com.adaptive.jobs.ingest;
