/** Bars as columnar primitive arrays and the epoch-aligned intervals they come in. */
package com.adaptive.core.bar;
