package fr.cohorte.publication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rendering or an upload cut short by a stop leaves the hidden file it was writing beside the
 * publication's files. The next start removes it, and only it.
 */
@CohorteTest
class LeftoverPartFilesTest {

    static final Path PUBLICATIONS = Path.of("target/test-publications/leftovers-" + UUID.randomUUID()).toAbsolutePath();
    static final Path SERVED = PUBLICATIONS.resolve("7/3f1c2a9e-5b7d-4e21-9a0f-1c2d3e4f5a6b.pdf");
    static final Path LEFT_BY_A_RENDERING = PUBLICATIONS.resolve("7/.8d2e1f0a-2c3b-4d5e-8f9a-0b1c2d3e4f5a.pdf4711.part");
    static final Path LEFT_BY_AN_UPLOAD = PUBLICATIONS.resolve("9/.0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.pdf815.part");
    static final Path SOMEONE_ELSES = PUBLICATIONS.resolve("7/manuscrit.part");

    /** The folder as a stop in the middle of a rendering and of an upload left it, before the application starts. */
    @DynamicPropertySource
    static void publicationsLeftByAStop(DynamicPropertyRegistry registry) throws IOException {
        Files.createDirectories(SERVED.getParent());
        Files.createDirectories(LEFT_BY_AN_UPLOAD.getParent());
        Files.writeString(SERVED, "%PDF-1.7 the book the catalogue serves", StandardCharsets.US_ASCII);
        Files.createFile(LEFT_BY_A_RENDERING);
        Files.writeString(LEFT_BY_AN_UPLOAD, "%PDF-1.7 half an upl", StandardCharsets.US_ASCII);
        Files.writeString(SOMEONE_ELSES, "not one of ours", StandardCharsets.US_ASCII);
        registry.add("cohorte.publication.directory", PUBLICATIONS::toString);
    }

    @Test
    void thePartFilesLeftByAStopAreGoneAfterStartAndTheRealFilesAreKept() {
        assertThat(LEFT_BY_A_RENDERING).doesNotExist();
        assertThat(LEFT_BY_AN_UPLOAD).doesNotExist();
        assertThat(SERVED).hasContent("%PDF-1.7 the book the catalogue serves");
        assertThat(SOMEONE_ELSES).as("a file that is not a hidden part file of ours").exists();
    }
}
