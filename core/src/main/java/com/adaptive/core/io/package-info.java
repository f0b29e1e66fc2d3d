/** Strict reading and writing of the project's bar CSV format ({@code open_time,open,high,low,close,volume}), plain or gzip. */
package com.adaptive.core.io;
