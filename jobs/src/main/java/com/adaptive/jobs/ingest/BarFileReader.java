package com.adaptive.jobs.ingest;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.ItemStreamReader;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the lines of several bar files in turn, plain or gzip (detected by magic bytes), skipping blank
 * lines and headers. Restartable: it saves the file index and line number at every commit and resumes there.
 */
public final class BarFileReader implements ItemStreamReader<RawLine> {
    private static final String FILE_INDEX = "reader.fileIndex";
    private static final String LINE_NUMBER = "reader.lineNumber";

    private final List<Path> files;
    private int fileIndex;
    private long lineNumber;
    private BufferedReader current;
    private BarFileFormat format;

    public BarFileReader(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public void open(ExecutionContext context) {
        fileIndex = context.getInt(FILE_INDEX, 0);
        long resumeAfter = context.getLong(LINE_NUMBER, 0L);
        if (fileIndex < files.size()) {
            openFile(fileIndex);
            while (lineNumber < resumeAfter && nextLine() != null) {
                // skip what the last committed chunk already consumed
            }
        }
    }

    @Override
    public RawLine read() {
        while (fileIndex < files.size()) {
            String line = nextLine();
            if (line == null) {
                closeCurrent();
                fileIndex++;
                if (fileIndex < files.size()) {
                    openFile(fileIndex);
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (format == null) {
                format = BarFileFormat.detect(line);
                if (format == null) {
                    throw new ItemStreamException("Cannot ingest file " + files.get(fileIndex) + ": line " + lineNumber
                            + " is neither the project CSV (open_time,open,high,low,close,volume) nor a Binance kline row");
                }
            }
            if (format.isHeader(line)) {
                continue;
            }
            return new RawLine(files.get(fileIndex).toString(), lineNumber, format, line);
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(FILE_INDEX, fileIndex);
        context.putLong(LINE_NUMBER, lineNumber);
    }

    @Override
    public void close() {
        closeCurrent();
    }

    private String nextLine() {
        try {
            String line = current.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new ItemStreamException("Cannot read file " + files.get(fileIndex) + " after line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private void openFile(int index) {
        Path path = files.get(index);
        lineNumber = 0;
        format = null;
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            in.mark(2);
            boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
            in.reset();
            if (gzip) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            current = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new ItemStreamException("Cannot read file " + path + ": " + describe(e), e);
        }
    }

    private void closeCurrent() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // nothing was written through this reader, so a failed close loses nothing
            }
            current = null;
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
