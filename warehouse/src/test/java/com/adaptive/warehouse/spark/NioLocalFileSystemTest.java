package com.adaptive.warehouse.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class NioLocalFileSystemTest {
    @TempDir
    Path dir;

    @Test
    void permissionsAreSetAsHadoopAsksThem() throws IOException {
        Configuration conf = new Configuration(false);
        conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        FileSystem fs = FileSystem.get(dir.toUri(), conf);
        assertThat(fs).isInstanceOf(NioLocalFileSystem.class);
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir.resolve("a/b/data.bin").toUri());

        try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
            out.writeBytes("bytes");
        }
        fs.setPermission(file, new FsPermission((short) 0604));

        assertThat(Files.readString(dir.resolve("a/b/data.bin"))).isEqualTo("bytes");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/data.bin")))).isEqualTo("rw----r--");
        assertThat(fs.getFileStatus(file).getPermission().toShort()).isEqualTo((short) 0604);
    }
}
