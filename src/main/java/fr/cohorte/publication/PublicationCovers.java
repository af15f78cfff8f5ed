package fr.cohorte.publication;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.publication.internal.PublicationCoverRepository;
import fr.cohorte.publication.internal.PublicationRepository;
import fr.cohorte.web.ImageIntake;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publications' cover images: a PNG or JPEG taken in by {@link ImageIntake} (recognised by its
 * bytes, at most {@link ImageIntake#MAX_SIDE_PIXELS} a side), within the configured size, with its
 * alternative text. A PNG with transparency is flattened onto white, as the printed page is.
 */
@Service
public class PublicationCovers {

    private static final Set<ImageIntake.Format> FORMATS = Set.of(ImageIntake.Format.PNG, ImageIntake.Format.JPEG);
    static final int MAX_ALTERNATIVE_TEXT = 1000;

    private final PublicationRepository publications;
    private final PublicationCoverRepository covers;
    private final PublicationProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    PublicationCovers(PublicationRepository publications, PublicationCoverRepository covers, PublicationProperties properties,
                      AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.publications = publications;
        this.covers = covers;
        this.properties = properties;
        this.clock = clock;
    }

    public long maxBytes() {
        return properties.maxCoverSize().toBytes();
    }

    /** The refusal of a cover upload without a file. */
    public Refusal empty() {
        return Refusal.invalid("publication.cover.empty").on("file");
    }

    /** The refusal of a cover over the size limit, which it names in megabytes. */
    public Refusal tooLarge() {
        return Refusal.invalid("publication.cover.too-large", Math.max(1, maxBytes() / (1024 * 1024))).on("file");
    }

    /** Makes the image the publication's cover, replacing the previous one; refused, nothing changes. */
    @Transactional
    public PublicationCover upload(long publicationId, String fileName, byte[] content, String alternativeText) {
        Publication publication = publications.findById(publicationId).orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, publicationId).exception());
        if (alternativeText == null || alternativeText.isBlank()) {
            throw Refusal.invalid("publication.cover.alternative-text.required").on("alternativeText").exception();
        }
        if (alternativeText.strip().length() > MAX_ALTERNATIVE_TEXT) {
            throw Refusal.invalid("field.too-long", MAX_ALTERNATIVE_TEXT).on("alternativeText").exception();
        }
        if (content.length == 0) {
            throw empty().exception();
        }
        if (content.length > maxBytes()) {
            throw tooLarge().exception();
        }
        ImageIntake.Image image;
        try {
            image = ImageIntake.take(content, FORMATS);
        } catch (RefusedException refused) {
            throw (refused.refusal().is(ImageIntake.NOT_ACCEPTED) ? Refusal.invalid("publication.cover.kind") : refused.refusal())
                    .on("file").exception();
        }
        byte[] printable = image.format() == ImageIntake.Format.PNG ? opaque(content) : content;
        String name = fileName.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        Optional<PublicationCover> previous = covers.findByPublicationId(publicationId);
        String fileBefore = previous.map(PublicationCover::getFileName).orElse(null);
        String alternativeBefore = previous.map(PublicationCover::getAlternativeText).orElse(null);
        previous.ifPresent(cover -> {
            covers.delete(cover);
            covers.flush();
        });
        publication.changed(clock.instant());
        PublicationCover saved = covers.save(new PublicationCover(publicationId, name, image.format().contentType(), printable,
                alternativeText.strip(), clock.instant()));
        audit.record(AuditAction.UPDATED, "publication:" + publicationId,
                AuditDetail.of("audit.detail.publication.cover.uploaded", publication.getTitle())
                        .changed("audit.field.publication.cover.file", fileBefore, saved.getFileName())
                        .changed("audit.field.publication.cover.alternativeText", alternativeBefore, saved.getAlternativeText()));
        return saved;
    }

    @Transactional
    public void remove(long publicationId) {
        covers.findByPublicationId(publicationId).ifPresent(cover -> {
            covers.delete(cover);
            publications.findById(publicationId).ifPresent(publication -> {
                publication.changed(clock.instant());
                audit.record(AuditAction.DELETED, "publication:" + publicationId,
                        AuditDetail.of("audit.detail.publication.cover.removed", publication.getTitle(), cover.getFileName()));
            });
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

    /** The PNG as uploaded when it has no transparency, otherwise the same picture on white. */
    private static byte[] opaque(byte[] content) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw Refusal.invalid(ImageIntake.UNREADABLE).on("file").exception();
        }
        if (image == null) {
            throw Refusal.invalid(ImageIntake.UNREADABLE).on("file").exception();
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
}
