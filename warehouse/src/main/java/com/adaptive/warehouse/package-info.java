/** The market-data lake: the {@link com.adaptive.warehouse.Lake} contract and its values; engines live in sub-packages. */
package com.adaptive.warehouse;
