package fr.cohorte.publication;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.publication.internal.EpubBookWriter;
import fr.cohorte.publication.internal.PublicationStorage;
import fr.cohorte.publication.internal.RenderingRepository;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Renders publications' PDFs and EPUBs in the background, one at a time (a book takes seconds of
 * both cores), and records each step so the management page can show the progress. The new files
 * are written aside and only then become the catalogue's, both together; a failed rendering leaves
 * the previous files served and says why.
 */
@Service
public class BookRendering implements SmartInitializingSingleton, DisposableBean {

    /** Why a rendering failed, as codes the management page turns into sentences. */
    static final String INTERRUPTED = "interrupted";
    static final String NO_CHAPTER = "no-chapter";
    static final String FAILED = "failed";
    static final String MISSING_CARD = "missing-card";
    private static final Logger log = LoggerFactory.getLogger(BookRendering.class);

    private final Publications publications;
    private final BookRenderer renderer;
    private final EpubBookWriter epubWriter;
    private final PublicationStorage storage;
    private final PublicationFiles files;
    private final RenderingRepository renderings;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("book-rendering").daemon().factory());
    private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();
    private final MeterRegistry meters;

    BookRendering(Publications publications, BookRenderer renderer, EpubBookWriter epubWriter, PublicationStorage storage,
                  PublicationFiles files, RenderingRepository renderings, TransactionTemplate transaction, AuditTrail audit, Clock clock,
                  MeterRegistry meters) {
        this.meters = meters;
        Gauge.builder("cohorte.book.renderings.active", running, Map::size)
                .description("Renderings of books running on this node").register(meters);
        this.audit = audit;
        this.epubWriter = epubWriter;
        this.publications = publications;
        this.renderer = renderer;
        this.storage = storage;
        this.files = files;
        this.renderings = renderings;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Starts rendering the publication's PDF, unless this node is rendering it already. The future
     * completes when the rendering has ended, well or not; its outcome is in {@link #latest}.
     */
    public synchronized CompletableFuture<Void> start(long publicationId) {
        CompletableFuture<Void> current = running.get(publicationId);
        if (current != null) {
            return current;
        }
        String title = publications.entry(publicationId).title();
        transaction.executeWithoutResult(status -> {
            Rendering rendering = renderings.findById(publicationId).orElseGet(() -> new Rendering(publicationId));
            rendering.start(clock.instant());
            renderings.save(rendering);
            audit.record(AuditAction.UPDATED, "publication:" + publicationId, AuditDetail.of("audit.detail.publication.rendering.started", title));
        });
        CompletableFuture<Void> future = new CompletableFuture<>();
        running.put(publicationId, future);
        // The rendering's end is recorded as the doing of whoever started it.
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                render(publicationId, title);
            } finally {
                running.remove(publicationId);
                future.complete(null);
            }
        }));
        return future;
    }

    /** The rendering this node is running for the publication, to wait for it (tests, the demo). */
    public Optional<CompletableFuture<Void>> running(long publicationId) {
        return Optional.ofNullable(running.get(publicationId));
    }

    /** The latest rendering of the publication, running or ended; empty if it was never rendered. */
    public Optional<Rendering> latest(long publicationId) {
        return renderings.findById(publicationId);
    }

    private void render(long publicationId, String title) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        StoredFile written = null;
        StoredFile writtenEpub = null;
        try {
            BookModel book = publications.book(publicationId);
            step(publicationId, 2);
            written = storage.write(publicationId, path -> renderer.render(book, path));
            writtenEpub = storage.write(publicationId, ".epub", PublicationEpub.MEDIA_TYPE,
                    path -> epubWriter.write(book, clock.instant(), path));
            step(publicationId, 3);
            StoredFile stored = written;
            StoredFile storedEpub = writtenEpub;
            transaction.executeWithoutResult(status -> {
                files.use(publicationId, stored, FileOrigin.RENDERED);
                files.useEpub(publicationId, storedEpub);
                renderings.findById(publicationId).orElseThrow().succeed(clock.instant());
                audit.record(AuditAction.UPDATED, "publication:" + publicationId,
                        AuditDetail.of("audit.detail.publication.rendering.finished", title));
                audit.record(AuditAction.UPDATED, "publication:" + publicationId,
                        AuditDetail.of("audit.detail.publication.epub.rendered", title, (storedEpub.sizeBytes() + 1023) / 1024));
            });
            written = null;
            writtenEpub = null;
            outcome = "finished";
        } catch (RuntimeException e) {
            log.warn("Rendering of publication {} failed", publicationId, e);
            String reason = e instanceof RefusedException refused ? failure(refused.refusal()) : FAILED;
            transaction.executeWithoutResult(status -> renderings.findById(publicationId).ifPresent(rendering -> {
                rendering.fail(reason, clock.instant());
                audit.record(AuditAction.UPDATED, "publication:" + publicationId, AuditDetail.of("audit.detail.publication.rendering.failed",
                        title, AuditDetail.label("publication.rendering.failure." + reason)));
            }));
        } finally {
            sample.stop(Timer.builder("cohorte.book.rendering").description("Renderings of a book's PDF and EPUB, by how they ended")
                    .tag("outcome", outcome).register(meters));
            if (written != null) {
                storage.delete(written.path());
            }
            if (writtenEpub != null) {
                storage.delete(writtenEpub.path());
            }
        }
    }

    private void step(long publicationId, int step) {
        transaction.executeWithoutResult(status -> renderings.findById(publicationId).orElseThrow().reach(step));
    }

    /**
     * A rendering still marked as running at start was cut short by a stop of the application, and
     * the partial file it (or an upload) was writing is left over.
     */
    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status ->
                renderings.failAll(RenderingState.RENDERING, RenderingState.FAILED, INTERRUPTED));
        int removed = storage.removeLeftovers();
        if (removed > 0) {
            log.info("Removed {} partial file(s) left by renderings or uploads cut short", removed);
        }
    }

    /** Lets a rendering under way finish before the database goes away. */
    @Override
    public void destroy() {
        executor.close();
    }

    /** Why a book was refused printing, as the rendering records it. */
    private static String failure(Refusal refusal) {
        return refusal.is(Publications.EMPTY_BOOK) ? NO_CHAPTER : refusal.is(Publications.MISSING_CARD) ? MISSING_CARD : FAILED;
    }
}
