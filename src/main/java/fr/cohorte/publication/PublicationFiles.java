package fr.cohorte.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.publication.internal.PublicationEpubRepository;
import fr.cohorte.publication.internal.PublicationFileRepository;
import fr.cohorte.publication.internal.PublicationRepository;
import fr.cohorte.publication.internal.PublicationStorage;
import fr.cohorte.web.PdfFiles;
import fr.cohorte.web.Refusal;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files each publication's catalogue page serves, the PDF and the EPUB: uploading a PDF, making
 * a rendered file the one served, reading them, counting their downloads.
 */
@Service
public class PublicationFiles {

    /** The refusals of an upload that is empty, is not a PDF, or is over the size limit. */
    public static final String UPLOAD_EMPTY = "publication.upload.empty";
    public static final String UPLOAD_NOT_A_PDF = "publication.upload.not-a-pdf";
    public static final String UPLOAD_TOO_LARGE = "publication.upload.too-large";

    private static final int PDF_SIGNATURE_LENGTH = 5;
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    private final PublicationRepository publications;
    private final PublicationFileRepository files;
    private final PublicationEpubRepository epubs;
    private final PublicationStorage storage;
    private final PublicationProperties properties;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PublicationFiles(PublicationRepository publications, PublicationFileRepository files, PublicationEpubRepository epubs,
                     PublicationStorage storage, PublicationProperties properties, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.epubs = epubs;
        this.publications = publications;
        this.files = files;
        this.storage = storage;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long maxUploadBytes() {
        return properties.maxUploadSize().toBytes();
    }

    /** The refusal of an upload over the size limit, which it names in the reader's units. */
    public Refusal tooLarge() {
        return Refusal.invalid(UPLOAD_TOO_LARGE, readableSize(maxUploadBytes()));
    }

    /** A size as people read it, in megabytes, or kilobytes below one megabyte, in the reader's language. */
    public static MessageSourceResolvable readableSize(long bytes) {
        long megabytes = bytes / (1024 * 1024);
        return megabytes >= 1
                ? new DefaultMessageSourceResolvable(new String[] {"publication.size.mb"}, new Object[] {megabytes})
                : new DefaultMessageSourceResolvable(new String[] {"publication.size.kb"}, new Object[] {bytes / 1024});
    }

    /**
     * Makes an externally produced PDF the publication's file. It must start as every PDF does
     * ({@code %PDF-}), stay within the configured size and open in a PDF reader ({@link PdfFiles});
     * otherwise nothing changes.
     */
    @Transactional
    public PublicationFile upload(long publicationId, long declaredSize, InputStream content) {
        Publication publication = publications.findById(publicationId).orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, publicationId).exception());
        if (declaredSize > maxUploadBytes()) {
            throw tooLarge().exception();
        }
        try (PushbackInputStream in = new PushbackInputStream(content, PDF_SIGNATURE_LENGTH)) {
            byte[] head = in.readNBytes(PDF_SIGNATURE_LENGTH);
            if (head.length == 0) {
                throw Refusal.invalid(UPLOAD_EMPTY).exception();
            }
            if (!PdfFiles.startsWithSignature(head)) {
                throw Refusal.invalid(UPLOAD_NOT_A_PDF).exception();
            }
            in.unread(head);
            StoredFile stored = storage.copy(publicationId, in);
            if (stored.sizeBytes() > maxUploadBytes()) {
                storage.delete(stored.path());
                throw tooLarge().exception();
            }
            if (!PdfFiles.isPdf(storage.resolve(stored.path()))) {
                storage.delete(stored.path());
                throw Refusal.invalid(UPLOAD_NOT_A_PDF).exception();
            }
            PublicationFile used = use(publicationId, stored, FileOrigin.UPLOADED);
            audit.record(AuditAction.UPDATED, "publication:" + publicationId,
                    AuditDetail.of("audit.detail.publication.file.uploaded", publication.getTitle(), (stored.sizeBytes() + 1023) / 1024));
            return used;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points the publication at a file already written whole. The previous file is removed once
     * this is committed; if the transaction rolls back, the new one is removed instead.
     */
    @Transactional
    public PublicationFile use(long publicationId, StoredFile stored, FileOrigin origin) {
        Publication publication = publications.findById(publicationId).orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, publicationId).exception());
        PublicationFile file = files.findById(publicationId).orElse(null);
        String previous = file == null ? null : file.getPath();
        if (file == null) {
            file = files.save(new PublicationFile(publicationId, stored, origin, clock.instant()));
        } else {
            file.replaceWith(stored, origin, clock.instant());
        }
        publication.changed(clock.instant());
        removeReplacedOnceCommitted(previous, stored);
        return file;
    }

    /** Makes a rendered EPUB, already written whole, the one served; the previous one goes as for the PDF. */
    @Transactional
    public PublicationEpub useEpub(long publicationId, StoredFile stored) {
        publications.findById(publicationId).orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, publicationId).exception());
        PublicationEpub epub = epubs.findById(publicationId).orElse(null);
        String previous = epub == null ? null : epub.getPath();
        if (epub == null) {
            epub = epubs.save(new PublicationEpub(publicationId, stored, clock.instant()));
        } else {
            epub.replaceWith(stored, clock.instant());
        }
        removeReplacedOnceCommitted(previous, stored);
        return epub;
    }

    /** Once committed, the file replaced goes; if the transaction rolls back, the new one goes instead. */
    private void removeReplacedOnceCommitted(String previous, StoredFile stored) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED && previous != null && !previous.equals(stored.path())) {
                    storage.delete(previous);
                } else if (status != STATUS_COMMITTED) {
                    storage.delete(stored.path());
                }
            }
        });
    }

    @Transactional(readOnly = true)
    public Optional<PublicationFile> file(long publicationId) {
        return files.findById(publicationId);
    }

    @Transactional(readOnly = true)
    public Optional<PublicationEpub> epub(long publicationId) {
        return epubs.findById(publicationId);
    }

    public Resource content(PublicationFile file) {
        return new FileSystemResource(storage.resolve(file.getPath()));
    }

    public Resource content(PublicationEpub epub) {
        return new FileSystemResource(storage.resolve(epub.getPath()));
    }

    /** One more download of that edition today. Nothing about who downloaded is kept. */
    public void countDownload(long publicationId, BookFormat format) {
        jdbc.update("""
                insert into publication_download (publication_id, format, day, downloads) values (?, ?, ?, 1)
                on conflict (publication_id, format, day) do update set downloads = publication_download.downloads + 1""",
                publicationId, format.name(), LocalDate.now(clock.withZone(FRANCE)));
    }

    /** Downloads of one edition, every day together. */
    public long downloads(long publicationId, BookFormat format) {
        Long total = jdbc.queryForObject("select coalesce(sum(downloads), 0) from publication_download where publication_id = ? and format = ?",
                Long.class, publicationId, format.name());
        return total == null ? 0 : total;
    }

    public long downloads(long publicationId) {
        Long total = jdbc.queryForObject("select coalesce(sum(downloads), 0) from publication_download where publication_id = ?",
                Long.class, publicationId);
        return total == null ? 0 : total;
    }
}
