package com.adaptive.marketdata.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Maps canonical symbols ({@code BTC-USD}) to one source's own names ({@code BTCUSDT}) and back. */
public record SymbolMap(Map<String, String> canonicalToSource) {

    public SymbolMap {
        if (canonicalToSource == null || canonicalToSource.isEmpty()) {
            throw new IllegalArgumentException("a symbol map needs at least one symbol");
        }
        Map<String, String> reverse = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : canonicalToSource.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null || e.getValue().isBlank()) {
                throw new IllegalArgumentException("symbol map entries must not be blank, was: " + e.getKey() + " -> " + e.getValue());
            }
            String previous = reverse.put(e.getValue(), e.getKey());
            if (previous != null) {
                throw new IllegalArgumentException("source symbol " + e.getValue() + " is mapped from both " + previous
                        + " and " + e.getKey());
            }
        }
        canonicalToSource = Map.copyOf(new LinkedHashMap<>(canonicalToSource));
    }

    /** The canonical symbols. */
    public Set<String> canonicalSymbols() {
        return canonicalToSource.keySet();
    }

    /** The source's name for {@code canonical}; the message names the known symbols. */
    public String toSource(String sourceName, String canonical) {
        String mapped = canonicalToSource.get(canonical);
        if (mapped == null) {
            throw new IllegalArgumentException("unknown symbol '" + canonical + "' for source " + sourceName
                    + ": expected one of " + canonicalToSource.keySet().stream().sorted().toList());
        }
        return mapped;
    }
}
