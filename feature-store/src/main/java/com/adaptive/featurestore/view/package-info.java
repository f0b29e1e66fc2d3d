/** Feature views declared once: name, version, entity (symbol + interval), features computed by core, parameters, warm-up, TTL. */
package com.adaptive.featurestore.view;
