package com.adaptive.warehouse.staging;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one staged-bars file: typed Parquet rows in the columns of {@link #SCHEMA}, the input of a bars MERGE.
 *
 * <p>The rows go to a hidden file beside {@code file} and appear under its name only on {@link #close()}, so a crash
 * mid-write never leaves a half file that a MERGE would read. Typed columns spare the MERGE a text parse: measured on
 * a 1M-bar first load, the Spark write took 8.3-8.8 CPU-s from these files against 13.8-14.4 CPU-s from CSV.
 */
public final class StagedBarsWriter implements AutoCloseable {
    /** The staged-bars columns; Spark reads them with {@code TableCatalog.STAGED_BARS_SCHEMA}. */
    public static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("symbol")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("interval")
            .required(PrimitiveTypeName.INT64).named("open_time_ms")
            .required(PrimitiveTypeName.DOUBLE).named("open")
            .required(PrimitiveTypeName.DOUBLE).named("high")
            .required(PrimitiveTypeName.DOUBLE).named("low")
            .required(PrimitiveTypeName.DOUBLE).named("close")
            .required(PrimitiveTypeName.DOUBLE).named("volume")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("source")
            .named("staged_bar");

    /** File name suffix of staged-bars files. */
    public static final String SUFFIX = ".parquet";

    private final Path file;
    private final Path inProgress;
    private final ParquetWriter<Row> writer;
    private final Row row = new Row();
    private long rows;
    private boolean closed;

    private StagedBarsWriter(Path file) throws IOException {
        this.file = file;
        this.inProgress = file.resolveSibling("." + file.getFileName() + ".inprogress");
        Files.deleteIfExists(inProgress);
        this.writer = new Builder(LocalParquetFiles.output(inProgress))
                .withConf(new Configuration(false))
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                // a staged file lives for one job: spend no CPU compressing it; the three strings repeat on every row
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withDictionaryEncoding(false)
                .withDictionaryEncoding("symbol", true)
                .withDictionaryEncoding("interval", true)
                .withDictionaryEncoding("source", true)
                .build();
    }

    /** Opens {@code file} (name ending in {@value #SUFFIX}) for writing; an existing file is replaced on close. */
    public static StagedBarsWriter create(Path file) {
        if (!file.getFileName().toString().endsWith(SUFFIX)) {
            throw new IllegalArgumentException("staged-bars file " + file + " must end in " + SUFFIX);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new StagedBarsWriter(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create staged-bars file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends one bar; open time in epoch milliseconds. */
    public void write(String symbol, String interval, long openTimeMillis, double open, double high, double low, double close,
                      double volume, String source) {
        row.symbol.set(Objects.requireNonNull(symbol, "symbol"));
        row.interval.set(Objects.requireNonNull(interval, "interval"));
        row.source.set(Objects.requireNonNull(source, "source"));
        row.openTimeMillis = openTimeMillis;
        row.open = open;
        row.high = high;
        row.low = low;
        row.close = close;
        row.volume = volume;
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write staged-bars file " + file + ": " + e.getMessage(), e);
        }
        rows++;
    }

    /** Rows written so far. */
    public long rows() {
        return rows;
    }

    /** Finishes the file and moves it to its name. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
            Files.move(inProgress, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish staged-bars file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Drops what was written; the file's name is left as it was. */
    public void abort() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } catch (IOException | RuntimeException ignored) {
            // the file is deleted below either way
        }
        try {
            Files.deleteIfExists(inProgress);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + inProgress + ": " + e.getMessage(), e);
        }
    }

    /** The one mutable row the writer reuses. */
    private static final class Row {
        final Text symbol = new Text();
        final Text interval = new Text();
        final Text source = new Text();
        long openTimeMillis;
        double open;
        double high;
        double low;
        double close;
        double volume;
    }

    /** A string column's value as Parquet bytes, encoded again only when the string changes. */
    private static final class Text {
        private String text;
        private Binary binary;

        void set(String value) {
            if (!value.equals(text)) {
                text = value;
                binary = Binary.fromString(value);
            }
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        Builder(OutputFile file) {
            super(file);
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(Configuration conf) {
            return new RowWriteSupport();
        }
    }

    private static final class RowWriteSupport extends WriteSupport<Row> {
        private RecordConsumer out;

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(Row r) {
            out.startMessage();
            binary(0, "symbol", r.symbol.binary);
            binary(1, "interval", r.interval.binary);
            out.startField("open_time_ms", 2);
            out.addLong(r.openTimeMillis);
            out.endField("open_time_ms", 2);
            number(3, "open", r.open);
            number(4, "high", r.high);
            number(5, "low", r.low);
            number(6, "close", r.close);
            number(7, "volume", r.volume);
            binary(8, "source", r.source.binary);
            out.endMessage();
        }

        private void binary(int index, String name, Binary value) {
            out.startField(name, index);
            out.addBinary(value);
            out.endField(name, index);
        }

        private void number(int index, String name, double value) {
            out.startField(name, index);
            out.addDouble(value);
            out.endField(name, index);
        }
    }
}
