package fr.cohorte.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.PersonPhotoRepository;
import fr.cohorte.web.ImageIntake;
import fr.cohorte.web.ImageRefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** Checks, stores and serves persons' photos. */
@Service
@Transactional(readOnly = true)
public class PersonPhotos {

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
            throw new PhotoRejectedException("photo.too-large", properties.maxSize().toKilobytes() / 1024.0);
        }
        try {
            ImageIntake.Image image = ImageIntake.take(upload.getBytes(), FORMATS);
            return Optional.of(new Photo(image.content(), image.format().contentType()));
        } catch (ImageRefusedException refused) {
            throw refused.messageKey() == null
                    ? new PhotoRejectedException("photo.not-an-image")
                    : new PhotoRejectedException(refused.messageKey(), refused.arguments());
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
            audit.record(AuditAction.UPDATED, "person:" + personId, "photo");
        } else if (remove && photos.existsById(personId)) {
            photos.deleteById(personId);
            audit.record(AuditAction.DELETED, "person:" + personId, "photo");
        }
    }
}
