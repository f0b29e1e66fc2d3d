package com.adaptive.jobs.ingest;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStream;
import org.springframework.batch.repeat.RepeatStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * Step {@code parse}: each call reads, validates and stages one chunk of lines, and the step commits after it, saving
 * the reader's position and the writer's counts like a chunk-oriented step would.
 *
 * <p>A chunk-oriented step times, listens to and proxies every single line; at a million lines that bookkeeping was
 * half of the step's CPU (profiled), so the loop over a chunk's lines is plain code here. Not final: the step-scoped
 * bean is a class proxy.
 */
public class ParseTasklet implements Tasklet, ItemStream {
    private final BarFileReader reader;
    private final BarLineParser parser;
    private final StagingWriter writer;
    private final int chunkLines;

    public ParseTasklet(BarFileReader reader, BarLineParser parser, StagingWriter writer, int chunkLines) {
        this.reader = reader;
        this.parser = parser;
        this.writer = writer;
        this.chunkLines = chunkLines;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<ParsedLine> parsed = new ArrayList<>(chunkLines);
        RawLine line = null;
        while (parsed.size() < chunkLines && (line = reader.read()) != null) {
            parsed.add(parser.parse(line));
            contribution.incrementReadCount();
        }
        if (!parsed.isEmpty()) {
            writer.write(new Chunk<>(parsed));
            contribution.incrementWriteCount(parsed.size());
        }
        return line == null ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    @Override
    public void open(ExecutionContext context) {
        reader.open(context);
        writer.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        reader.update(context);
        writer.update(context);
    }

    @Override
    public void close() {
        reader.close();
        writer.close();
    }
}
