package fr.cohorte.publication.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.cohorte.publication.PublicationProperties;

/**
 * Once the server is up, renders the warm-up book in the background, as a PDF and as an EPUB (unless
 * {@code cohorte.publication.warm-up-renderer=false}): a cold renderer takes about twice as long
 * as a warm one, and the first book after a restart is often the one somebody is waiting for.
 */
@Component
class RendererWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RendererWarmUp.class);

    private final PdfBookRenderer renderer;
    private final EpubBookWriter epubWriter;
    private final PublicationProperties properties;

    RendererWarmUp(PdfBookRenderer renderer, EpubBookWriter epubWriter, PublicationProperties properties) {
        this.renderer = renderer;
        this.epubWriter = epubWriter;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpInBackground() {
        if (!properties.warmUpRenderer()) {
            return;
        }
        Thread thread = new Thread(this::warmUp, "cohorte-renderer-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void warmUp() {
        long start = System.nanoTime();
        try {
            renderer.warmUp(PdfBookRenderer.WARM_UP_RENDERINGS);
            epubWriter.warmUp(EpubBookWriter.WARM_UP_WRITINGS);
            log.info("Book renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // Real renderings report their own failures; a failed warm-up only leaves the renderer cold.
            log.warn("Book renderer warm-up failed", e);
        }
    }
}
