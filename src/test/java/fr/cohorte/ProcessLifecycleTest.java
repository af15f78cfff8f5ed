package fr.cohorte;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cohorte's own Java process is killed, or stopped while it serves: the next start works the first
 * time, and a stop finishes the requests in flight before it stops the database.
 */
class ProcessLifecycleTest {

    @TempDir
    Path data;

    @Test
    void aStartAfterTheJavaProcessWasKilledStopsTheServerItLeftAndWorksTheFirstTimeButNeverStopsALiveOnesServer() throws IOException {
        Path cluster = data.resolve("postgres");
        ProcessHandle orphan;
        try (CohorteProcess crashed = CohorteProcess.start(data, "crashed")) {
            orphan = DatabaseProcesses.postmaster(cluster);
            crashed.kill();
        }
        assertThat(orphan.isAlive()).as("the killed run's PostgreSQL is left running").isTrue();

        try (CohorteProcess next = CohorteProcess.start(data, "next")) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(next.logLines()).anyMatch(line -> line.contains("left running on " + cluster));
            HttpResponse<String> session = next.get("/sessions/34");
            assertThat(session.statusCode()).isEqualTo(200);
            assertThat(session.body()).contains("coopération");

            CohorteProcess second = CohorteProcess.refusedStart(data, "second");
            assertThat(second.awaitExit()).isNotZero();
            assertThat(second.logLines()).anyMatch(line -> line.contains("Another Cohorte (pid ") && line.contains("runs on this data folder"));
            assertThat(next.get("/sessions/34").statusCode()).as("the first one's database was left alone").isEqualTo(200);

            assertThat(next.terminate()).isIn(0, 143);
        }
        assertThat(DatabaseProcesses.cluster(cluster)).as("no PostgreSQL process left after a stop").isEmpty();
    }

    @Test
    void aStopUnderTrafficFinishesTheRequestsInFlightThenStopsTheDatabase() throws Exception {
        Path cluster = data.resolve("postgres");
        try (CohorteProcess cohorte = CohorteProcess.start(data, "stopped")) {
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger answered = new AtomicInteger();
            AtomicBoolean stopping = new AtomicBoolean();
            ExecutorService visitors = Executors.newVirtualThreadPerTaskExecutor();
            for (int visitor = 0; visitor < 24; visitor++) {
                String page = visitor % 2 == 0 ? "/sessions/34/programme" : "/sessions/34";
                visitors.submit(() -> {
                    while (true) {
                        try {
                            int status = cohorte.get(page).statusCode();
                            statuses.computeIfAbsent(status, any -> new AtomicInteger()).incrementAndGet();
                            answered.incrementAndGet();
                        } catch (IOException refused) {
                            // Once the server stops accepting, new requests are refused: that is expected.
                            if (stopping.get()) {
                                return null;
                            }
                        }
                    }
                });
            }
            DatabaseProcesses.await("under traffic", Duration.ofSeconds(60), () -> answered.get() >= 200);

            stopping.set(true);
            int exit = cohorte.terminate();
            visitors.shutdownNow();
            visitors.awaitTermination(30, TimeUnit.SECONDS);

            assertThat(exit).isIn(0, 143);
            assertThat(statuses.keySet()).as("every answered request succeeded, none was cut by the database stopping").containsOnly(200);
            List<String> log = cohorte.logLines();
            int shutdown = indexOf(log, "Commencing graceful shutdown");
            int requestsDone = indexOf(log, "Graceful shutdown complete");
            int databaseStopped = indexOf(log, "Embedded PostgreSQL stopped");
            assertThat(shutdown).isNotNegative();
            assertThat(requestsDone).isGreaterThan(shutdown);
            assertThat(databaseStopped).as("the database stops after the requests in flight").isGreaterThan(requestsDone);
            assertThat(log.subList(shutdown, log.size())).as("a stop logs no warning nor error")
                    .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
        }
        assertThat(DatabaseProcesses.cluster(cluster)).isEmpty();
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
