package com.adaptive.warehouse.staging;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads staged-bars files written by {@link StagedBarsWriter}, column by column, without a Spark job. */
public final class StagedBarsReader {
    private static final String[] COLUMNS = {"symbol", "interval", "open_time_ms", "open", "high", "low", "close", "volume", "source"};

    private StagedBarsReader() {
    }

    /** Receives the rows of a staged file; strings repeat as the same instance while their value repeats. */
    @FunctionalInterface
    public interface BarVisitor {
        /** One staged bar; {@code row} counts from 1 within the file. */
        void bar(long row, String symbol, String interval, long openTimeMillis, double open, double high, double low,
                 double close, double volume, String source);
    }

    /**
     * Visits every row of {@code file} in order and returns the row count.
     *
     * @throws IllegalArgumentException naming the file (and row) when it is not a staged-bars file or a value is missing
     * @throws UncheckedIOException when the file cannot be read
     */
    public static long forEach(Path file, BarVisitor visitor) {
        try (ParquetFileReader reader = ParquetFileReader.open(LocalParquetFiles.input(file))) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            ColumnDescriptor[] descriptors = new ColumnDescriptor[COLUMNS.length];
            for (int i = 0; i < COLUMNS.length; i++) {
                descriptors[i] = column(file, schema, COLUMNS[i], StagedBarsWriter.SCHEMA.getType(COLUMNS[i]).asPrimitiveType());
            }
            String createdBy = reader.getFooter().getFileMetaData().getCreatedBy();
            GroupRecordConverter converter = new GroupRecordConverter(schema);
            Strings symbols = new Strings();
            Strings intervals = new Strings();
            Strings sources = new Strings();
            long row = 0;
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, converter.getRootConverter(), schema, createdBy);
                ColumnReader[] c = new ColumnReader[COLUMNS.length];
                for (int i = 0; i < COLUMNS.length; i++) {
                    c[i] = store.getColumnReader(descriptors[i]);
                }
                for (long n = pages.getRowCount(); n > 0; n--) {
                    row++;
                    for (int i = 0; i < COLUMNS.length; i++) {
                        if (c[i].getCurrentDefinitionLevel() < descriptors[i].getMaxDefinitionLevel()) {
                            throw new IllegalArgumentException("staged file " + file.getFileName() + " row " + row + ": "
                                    + COLUMNS[i] + " is missing");
                        }
                    }
                    visitor.bar(row, symbols.of(c[0].getBinary()), intervals.of(c[1].getBinary()), c[2].getLong(),
                            c[3].getDouble(), c[4].getDouble(), c[5].getDouble(), c[6].getDouble(), c[7].getDouble(),
                            sources.of(c[8].getBinary()));
                    for (ColumnReader column : c) {
                        column.consume();
                    }
                }
            }
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read staged file " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
                throw e;
            }
            // Parquet reports a corrupt or foreign file with assorted runtime exceptions
            throw new IllegalArgumentException("staged file " + file.getFileName() + " is not a readable staged-bars file: "
                    + e.getMessage(), e);
        }
    }

    private static ColumnDescriptor column(Path file, MessageType schema, String name, PrimitiveType expected) {
        if (!schema.containsField(name)) {
            throw new IllegalArgumentException("staged file " + file.getFileName() + " has no column " + name
                    + "; staged bars have " + String.join(", ", COLUMNS));
        }
        Type type = schema.getType(name);
        if (!type.isPrimitive() || type.asPrimitiveType().getPrimitiveTypeName() != expected.getPrimitiveTypeName()) {
            throw new IllegalArgumentException("staged file " + file.getFileName() + ": column " + name + " is " + type
                    + ", expected " + expected.getPrimitiveTypeName());
        }
        return schema.getColumnDescription(new String[]{name});
    }

    /** Decodes a string column once per distinct value run instead of once per row. */
    private static final class Strings {
        private Binary last;
        private String text;

        String of(Binary value) {
            if (value != last && !value.equals(last)) {
                last = value.copy();
                text = value.toStringUsingUTF8();
            }
            return text;
        }
    }
}
