package fr.cohorte;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;

/** What a hostile operator does to Cohorte's PostgreSQL: kill it, freeze it, thaw it. */
final class DatabaseProcesses {

    private DatabaseProcesses() {
    }

    static ProcessHandle postmaster(Path dataDirectory) {
        return EmbeddedPostgresServer.postmaster(dataDirectory)
                .orElseThrow(() -> new AssertionError("no PostgreSQL runs on " + dataDirectory));
    }

    /** Every process of the cluster, the postmaster and its backends. */
    static List<ProcessHandle> cluster(Path dataDirectory) {
        return EmbeddedPostgresServer.clusterProcesses(dataDirectory);
    }

    static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new AssertionError("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Stops every process of the cluster, the postmaster first so that it forks no backend in
     * between; the processes frozen, to thaw them later.
     */
    static List<ProcessHandle> freeze(Path dataDirectory) {
        signal(postmaster(dataDirectory), "STOP");
        List<ProcessHandle> frozen = cluster(dataDirectory);
        signalAll(frozen, "STOP");
        return frozen;
    }

    static void signalAll(List<ProcessHandle> processes, String signal) {
        processes.stream().filter(ProcessHandle::isAlive).forEach(process -> signal(process, signal));
    }

    /** Waits for a condition that the scenario expects to become true; fails after the bound rather than hang. */
    static void await(String what, Duration bound, BooleanSupplier condition) {
        Awaitility.await(what).atMost(bound).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }
}
