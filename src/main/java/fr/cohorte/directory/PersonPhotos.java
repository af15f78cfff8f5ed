package fr.cohorte.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.PersonPhotoRepository;
import fr.cohorte.web.ImageIntake;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Checks, stores and serves persons' photos. */
@Service
@Transactional(readOnly = true)
public class PersonPhotos {

    /** The refusal of a photo over the size limit, given in megabytes. */
    public static final String TOO_LARGE = "photo.too-large";
    /** The refusal of a file that is not a JPEG, PNG or WebP image. */
    public static final String NOT_AN_IMAGE = "photo.not-an-image";

    private static final Set<ImageIntake.Format> FORMATS = Set.of(ImageIntake.Format.values());

    private final PersonPhotoRepository photos;
    private final PhotoProperties properties;
    private final AuditTrail audit;

    PersonPhotos(PersonPhotoRepository photos, PhotoProperties properties, AuditTrail audit) {
        this.photos = photos;
        this.properties = properties;
        this.audit = audit;
    }

    /**
     * The photo in an upload, checked; empty when nothing was chosen. Refuses, with the reason, a
     * file too large, one whose bytes are not a JPEG, PNG or WebP image, or one wider or taller than
     * {@link ImageIntake#MAX_SIDE_PIXELS}: the same intake as publication covers.
     */
    public Optional<Photo> check(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            return Optional.empty();
        }
        if (upload.getSize() > properties.maxSize().toBytes()) {
            throw Refusal.invalid(TOO_LARGE, properties.maxSize().toKilobytes() / 1024.0).exception();
        }
        try {
            ImageIntake.Image image = ImageIntake.take(upload.getBytes(), FORMATS);
            return Optional.of(new Photo(image.content(), image.format().contentType()));
        } catch (RefusedException refused) {
            throw refused.refusal().is(ImageIntake.NOT_ACCEPTED) ? Refusal.invalid(NOT_AN_IMAGE).exception() : refused;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public Optional<PersonPhoto> of(Long personId) {
        return photos.findById(personId);
    }

    public boolean exists(Long personId) {
        return photos.existsById(personId);
    }

    /** Replaces or removes a person's photo, in the transaction of the edit it belongs to. */
    @Transactional
    public void apply(Long personId, Optional<Photo> photo, boolean remove) {
        if (photo.isPresent()) {
            photos.findById(personId).ifPresentOrElse(existing -> existing.replace(photo.get()),
                    () -> photos.save(new PersonPhoto(personId, photo.get())));
            audit.record(AuditAction.UPDATED, "person:" + personId, AuditDetail.of("audit.detail.person.photo.replaced"));
        } else if (remove && photos.existsById(personId)) {
            photos.deleteById(personId);
            audit.record(AuditAction.DELETED, "person:" + personId, AuditDetail.of("audit.detail.person.photo.removed"));
        }
    }
}
