/** Parameter search (grid and random) run on several threads, ranked by a metric under constraints, sharing indicator columns. */
package com.adaptive.core.optimize;
