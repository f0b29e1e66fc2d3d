package com.adaptive.jobs.ingest;

import org.springframework.batch.item.ItemProcessor;

/** Turns each raw line into a validated bar or a quarantine record; never drops a line silently. */
public final class BarLineProcessor implements ItemProcessor<RawLine, ParsedLine> {
    private final BarLineParser parser;

    public BarLineProcessor(BarLineParser parser) {
        this.parser = parser;
    }

    @Override
    public ParsedLine process(RawLine line) {
        return parser.parse(line);
    }
}
