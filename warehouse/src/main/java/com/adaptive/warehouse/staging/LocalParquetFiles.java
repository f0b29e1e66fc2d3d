package com.adaptive.warehouse.staging;

import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.SeekableInputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Parquet input and output files on the local disk through java.nio.
 *
 * <p>Hadoop's local file system would serve too, but without its native library it forks a {@code chmod} process
 * for every file it creates; staging writes one file a chunk.
 */
final class LocalParquetFiles {
    private LocalParquetFiles() {
    }

    static OutputFile output(Path file) {
        return new OutputFile() {
            @Override
            public PositionOutputStream create(long blockSizeHint) throws IOException {
                return stream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            }

            @Override
            public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
                return stream(Files.newOutputStream(file));
            }

            @Override
            public boolean supportsBlockSize() {
                return false;
            }

            @Override
            public long defaultBlockSize() {
                return 0;
            }

            @Override
            public String getPath() {
                return file.toString();
            }
        };
    }

    static InputFile input(Path file) {
        return new InputFile() {
            @Override
            public long getLength() throws IOException {
                return Files.size(file);
            }

            @Override
            public SeekableInputStream newStream() throws IOException {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                return new DelegatingSeekableInputStream(Channels.newInputStream(channel)) {
                    @Override
                    public long getPos() throws IOException {
                        return channel.position();
                    }

                    @Override
                    public void seek(long newPos) throws IOException {
                        channel.position(newPos);
                    }
                };
            }

            @Override
            public String toString() {
                return file.toString();
            }
        };
    }

    private static PositionOutputStream stream(OutputStream raw) {
        OutputStream out = new BufferedOutputStream(raw, 1 << 16);
        return new PositionOutputStream() {
            private long position;

            @Override
            public long getPos() {
                return position;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                position++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                position += len;
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
