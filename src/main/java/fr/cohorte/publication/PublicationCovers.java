package fr.cohorte.publication;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import fr.cohorte.publication.internal.PublicationCoverRepository;
import fr.cohorte.publication.internal.PublicationRepository;
import fr.cohorte.web.DocumentKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publications' cover images: a PNG or JPEG (recognised by its bytes), within the configured size,
 * with its alternative text. A PNG with transparency is flattened onto white, as the printed page is.
 */
@Service
public class PublicationCovers {

    /** Wider or taller than this, an image would take more memory to print than a cover is worth. */
    static final int MAX_SIDE_PIXELS = 8000;
    static final int MAX_ALTERNATIVE_TEXT = 1000;

    private final PublicationRepository publications;
    private final PublicationCoverRepository covers;
    private final PublicationProperties properties;
    private final Clock clock;

    PublicationCovers(PublicationRepository publications, PublicationCoverRepository covers, PublicationProperties properties,
                      Clock clock) {
        this.publications = publications;
        this.covers = covers;
        this.properties = properties;
        this.clock = clock;
    }

    public long maxBytes() {
        return properties.maxCoverSize().toBytes();
    }

    /** Makes the image the publication's cover, replacing the previous one; refused, nothing changes. */
    @Transactional
    public PublicationCover upload(long publicationId, String fileName, byte[] content, String alternativeText) {
        Publication publication = publications.findById(publicationId).orElseThrow(() -> new PublicationNotFoundException(publicationId));
        if (alternativeText == null || alternativeText.isBlank()) {
            throw new CoverRejectedException("alternativeText", "publication.cover.alternative-text.required");
        }
        if (alternativeText.strip().length() > MAX_ALTERNATIVE_TEXT) {
            throw new CoverRejectedException("alternativeText", "field.too-long");
        }
        if (content.length == 0) {
            throw new CoverRejectedException("file", "publication.cover.empty");
        }
        if (content.length > maxBytes()) {
            throw new CoverRejectedException("file", "publication.cover.too-large");
        }
        DocumentKind kind = DocumentKind.of(fileName, content)
                .filter(found -> found == DocumentKind.PNG || found == DocumentKind.JPEG)
                .orElseThrow(() -> new CoverRejectedException("file", "publication.cover.kind"));
        byte[] printable = kind == DocumentKind.PNG ? opaque(content) : checked(content);
        String name = fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        covers.findByPublicationId(publicationId).ifPresent(previous -> {
            covers.delete(previous);
            covers.flush();
        });
        publication.changed(clock.instant());
        return covers.save(new PublicationCover(publicationId, name, kind.contentType(), printable, alternativeText.strip(),
                clock.instant()));
    }

    @Transactional
    public void remove(long publicationId) {
        covers.findByPublicationId(publicationId).ifPresent(cover -> {
            covers.delete(cover);
            publications.findById(publicationId).ifPresent(publication -> publication.changed(clock.instant()));
        });
    }

    @Transactional(readOnly = true)
    public Optional<PublicationCover> cover(long publicationId) {
        return covers.findByPublicationId(publicationId);
    }

    /** What pages show of the cover (its id and alternative text), without reading its bytes. */
    @Transactional(readOnly = true)
    public Optional<CatalogueEntry.CoverImage> shown(long publicationId) {
        return covers.findSummaryByPublicationId(publicationId)
                .map(cover -> new CatalogueEntry.CoverImage(cover.getId(), cover.getAlternativeText()));
    }

    /** The JPEG as uploaded, once its header shows a size a book can print. */
    private static byte[] checked(byte[] content) {
        readable(content);
        return content;
    }

    /** The PNG as uploaded when it has no transparency, otherwise the same picture on white. */
    private static byte[] opaque(byte[] content) {
        readable(content);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new CoverRejectedException("file", "publication.cover.unreadable");
        }
        if (image == null) {
            throw new CoverRejectedException("file", "publication.cover.unreadable");
        }
        if (!image.getColorModel().hasAlpha()) {
            return content;
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = flat.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(flat, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** Reads the image's size from its header only, refusing what cannot be read or is too large to print. */
    private static void readable(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new CoverRejectedException("file", "publication.cover.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) > MAX_SIDE_PIXELS || reader.getHeight(0) > MAX_SIDE_PIXELS) {
                    throw new CoverRejectedException("file", "publication.cover.too-many-pixels");
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CoverRejectedException rejected) {
                throw rejected;
            }
            throw new CoverRejectedException("file", "publication.cover.unreadable");
        }
    }
}
