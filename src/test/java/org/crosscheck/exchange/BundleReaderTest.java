package org.crosscheck.exchange;

import org.crosscheck.base.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundle reader's defences that need a forged zip: sizes that lie, too many entries. */
class BundleReaderTest {

    private static final ExchangeLimits LIMITS = new ExchangeLimits(DataSize.ofMegabytes(4), DataSize.ofMegabytes(1),
            DataSize.ofMegabytes(3), 10);

    @Test
    void anEntryWhoseDeclaredSizeLiesIsStoppedWhileItInflates(@TempDir Path dir) throws IOException {
        byte[] zip = zip("project.json", 8 << 20);
        // Forge the central directory: project.json claims to unpack to 2 bytes.
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (b.getInt(i) == 0x02014b50 && new String(zip, i + 46, b.getShort(i + 28)).equals("project.json")) {
                b.putInt(i + 24, 2);
            }
        }
        Path file = Files.write(dir.resolve("bomb.zip"), zip);
        try (BundleReader reader = BundleReader.open(file, LIMITS)) {
            assertThat(reader.manifest().version()).isEqualTo(1);
            assertThatThrownBy(reader::project).isInstanceOf(DomainException.class)
                    .hasMessageContaining("inflates to more than 1 MB").hasMessageContaining("zip bomb");
        }
    }

    @Test
    void anEntryDeclaredTooLargeIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("big.zip"), zip("project.json", 2 << 20));
        assertThatThrownBy(() -> BundleReader.open(file, LIMITS)).isInstanceOf(DomainException.class)
                .hasMessageContaining("'project.json' in the bundle is larger than 1 MB once unpacked");
    }

    @Test
    void tooManyEntriesAreRefused(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 1; i <= 11; i++) {
                z.putNextEntry(new ZipEntry(Bundle.articleEntry(i)));
                z.write("{}".getBytes());
                z.closeEntry();
            }
        }
        Path file = Files.write(dir.resolve("many.zip"), out.toByteArray());
        assertThatThrownBy(() -> BundleReader.open(file, LIMITS)).isInstanceOf(DomainException.class)
                .hasMessageContaining("has 11 files; at most 10");
    }

    /** A manifest, contradictions, and {@code name} holding {@code spaces} bytes of white space before "{}". */
    private static byte[] zip(String name, int spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write("{\"format\":\"crosscheck-bundle\",\"version\":1}".getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry("contradictions.json"));
            z.write("[]".getBytes());
            z.closeEntry();
            z.putNextEntry(new ZipEntry(name));
            byte[] blank = new byte[spaces];
            Arrays.fill(blank, (byte) ' ');
            z.write(blank);
            z.write("{}".getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
