package fr.cohorte.publication.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import fr.cohorte.publication.PublicationProperties;
import fr.cohorte.publication.StoredFile;
import org.springframework.stereotype.Component;

/**
 * The publications' files on disk, one folder per publication. Every file gets a new name and is
 * complete before the database points at it: a download never sees half a file, and a failed
 * rendering or upload leaves the file the catalogue serves untouched.
 */
@Component
public class PublicationStorage {

    public static final String PDF = "application/pdf";
    private static final String PARTIAL = ".part";

    private final Path root;

    PublicationStorage(PublicationProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
    }

    public Path resolve(String relativePath) {
        Path path = root.resolve(relativePath).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Outside the publications folder: " + relativePath);
        }
        return path;
    }

    /**
     * Lets {@code writer} write the file at the path it is given (atomically, as the book renderer
     * does), then measures it.
     */
    public StoredFile write(long publicationId, Consumer<Path> writer) {
        return write(publicationId, ".pdf", PDF, writer);
    }

    /** As {@link #write(long, Consumer)}, for a file of another kind: its name ends with {@code extension}. */
    public StoredFile write(long publicationId, String extension, String mediaType, Consumer<Path> writer) {
        String relative = newName(publicationId, extension);
        Path destination = resolve(relative);
        try {
            Files.createDirectories(destination.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writer.accept(destination);
        return measure(relative, destination, mediaType);
    }

    /** Copies the content into a hidden file beside its destination, then moves it into place in one step. */
    public StoredFile copy(long publicationId, InputStream content) {
        String relative = newName(publicationId, ".pdf");
        Path destination = resolve(relative);
        Path partial = null;
        try {
            Files.createDirectories(destination.getParent());
            partial = partialBeside(destination);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.transferTo(out);
                channel.force(true);
            }
            Files.move(partial, destination, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            return measure(relative, destination, PDF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(partial);
        }
    }

    public void delete(String relativePath) {
        deleteQuietly(resolve(relativePath));
    }

    /**
     * Deletes the partial files that a rendering or an upload cut short by a stop left beside the
     * publications' files, and returns how many. Only for the start: no rendering or upload of
     * this node is under way then.
     */
    public int removeLeftovers() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            List<Path> leftovers = files.filter(Files::isRegularFile).filter(PublicationStorage::isPartial).toList();
            leftovers.forEach(PublicationStorage::deleteQuietly);
            return leftovers.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What writes a file's content, for {@link #writeWhole}. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file whole or not at all: into a hidden file beside {@code destination}, forced to
     * disk, then moved over it in one atomic step. If writing fails or the thread is interrupted,
     * the previous file stays as it was and the hidden one is removed.
     */
    public static void writeWhole(Path destination, ContentWriter writer) throws IOException {
        Path absolute = destination.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = partialBeside(absolute);
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                writer.writeTo(Channels.newOutputStream(channel));
                // On disk before the rename, so that a crash right after cannot leave an empty file in its place.
                channel.force(true);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IOException("Writing " + destination.getFileName() + " was interrupted");
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            partial = null;
        } finally {
            deleteQuietly(partial);
        }
    }

    /** A new hidden file beside {@code destination}, to write it fully before it is moved into place. */
    static Path partialBeside(Path destination) throws IOException {
        return Files.createTempFile(destination.getParent(), "." + destination.getFileName(), PARTIAL);
    }

    private static boolean isPartial(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(PARTIAL);
    }

    private static String newName(long publicationId, String extension) {
        return publicationId + "/" + UUID.randomUUID() + extension;
    }

    private static StoredFile measure(String relative, Path file, String mediaType) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            String digest = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new StoredFile(relative, size, digest, mediaType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A stray file costs disk space only; the operation being reported matters more.
        }
    }
}
