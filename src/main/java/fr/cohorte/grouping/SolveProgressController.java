package fr.cohorte.grouping;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The live progress of a solve as server-sent events for htmx: a "progress" event with the figures
 * of the best plan so far a few times a second, then a "done" event when the search has ended, after
 * which the stream closes. When nothing is solving, the stream says so at once and closes.
 */
@Controller
class SolveProgressController {

    private static final long TICK_MILLIS = 400;
    private static final Duration LONGEST_STREAM = Duration.ofMinutes(15);

    private final GroupSolving solving;
    private final ITemplateEngine templates;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("group-solving-progress").daemon().factory());

    SolveProgressController(GroupSolving solving, ITemplateEngine templates) {
        this.solving = solving;
        this.templates = templates;
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/groups/solve/progress")
    SseEmitter progress(@PathVariable int number, Locale locale) {
        SseEmitter emitter = new SseEmitter(LONGEST_STREAM.toMillis());
        AtomicReference<ScheduledFuture<?>> ticking = new AtomicReference<>();
        Runnable stopTicking = () -> {
            ScheduledFuture<?> future = ticking.get();
            if (future != null) {
                future.cancel(false);
            }
        };
        emitter.onCompletion(stopTicking);
        emitter.onTimeout(stopTicking);
        emitter.onError(error -> stopTicking.run());
        ticking.set(ticker.scheduleAtFixedRate(() -> tick(number, locale, emitter, stopTicking), 0, TICK_MILLIS, TimeUnit.MILLISECONDS));
        return emitter;
    }

    private void tick(int number, Locale locale, SseEmitter emitter, Runnable stopTicking) {
        Optional<GroupSolving.Progress> progress = solving.progress(number);
        try {
            emitter.send(SseEmitter.event().name("progress").data(render("figures", number, progress, locale)));
            if (progress.isEmpty() || !progress.get().running()) {
                emitter.send(SseEmitter.event().name("done").data(render("done", number, progress, locale)));
                stopTicking.run();
                emitter.complete();
            }
        } catch (IOException | IllegalStateException closed) {
            stopTicking.run();
        }
    }

    private String render(String fragment, int number, Optional<GroupSolving.Progress> progress, Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("progress", progress.orElse(null));
        variables.put("number", number);
        return templates.process("grouping/progress", Set.of(fragment), new Context(locale, variables));
    }

    @PreDestroy
    void stopTicking() {
        ticker.shutdownNow();
    }
}
