/** The adaptive command line: one picocli command per user verb. */
package com.adaptive.jobs.cli;
