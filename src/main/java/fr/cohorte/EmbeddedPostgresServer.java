package fr.cohorte;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that Cohorte runs itself on one data directory.
 * <ul>
 * <li>It is durable unless told otherwise: the library it comes from starts its servers for tests,
 * with {@code fsync} and {@code synchronous_commit} off, which can lose committed transactions or
 * corrupt the cluster on a power loss.</li>
 * <li>A server that an earlier run left on the directory (the Java process was killed, its server
 * was not) is stopped before starting, so that the first start after a crash works.</li>
 * <li>When the server dies, it is started again on the same port, so that the pool reconnects by
 * itself.</li>
 * <li>It has no shutdown hook of its own: it stops when the application context closes, after the
 * web server has finished the requests in flight.</li>
 * </ul>
 * The processes of the cluster are recognised by their working directory, which PostgreSQL sets to
 * its data directory, so a process number reused by another program is never signalled.
 */
final class EmbeddedPostgresServer {

    /** What the application should know of the server's life, to tell its orchestrator. */
    enum Availability { RUNNING, RESTARTING, GIVEN_UP }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    private static final List<Duration> RESTART_DELAYS = Stream.of(250, 500, 1000, 2000, 4000, 8000, 15000)
            .map(Duration::ofMillis).toList();

    private final Path directory;
    private final EmbeddedPostgresProperties properties;
    private final int port;
    private final List<Consumer<Availability>> listeners = new CopyOnWriteArrayList<>();
    private volatile EmbeddedPostgres running;
    private volatile boolean stopping;
    private final Thread supervisor;
    private final FolderLock lock;

    private EmbeddedPostgresServer(Path directory, EmbeddedPostgresProperties properties, EmbeddedPostgres first, FolderLock lock) {
        this.directory = directory;
        this.lock = lock;
        this.properties = properties;
        this.port = first.getPort();
        this.running = first;
        this.supervisor = Thread.ofPlatform().daemon().name("embedded-postgres-supervisor").unstarted(this::supervise);
    }

    static EmbeddedPostgresServer start(Path directory, EmbeddedPostgresProperties properties) {
        try {
            Files.createDirectories(directory.getParent());
            FolderLock lock = FolderLock.acquire(directory.resolveSibling(directory.getFileName() + ".lock"));
            try {
                return start(directory, properties, lock);
            } catch (IOException | RuntimeException e) {
                lock.release();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static EmbeddedPostgresServer start(Path directory, EmbeddedPostgresProperties properties, FolderLock lock) throws IOException {
        // Holding the folder's lock, any server still running on it was left by a run that died.
        stopLeftover(directory);
        if (properties.clean()) {
            deleteRecursively(directory);
        }
        EmbeddedPostgres first = launch(directory, properties, properties.port());
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(directory, properties, first, lock);
        server.supervisor.start();
        log.info("Embedded PostgreSQL listening on localhost:{}, data in {}{}", server.port, directory,
                properties.durable() ? "" : " (not durable: fsync and synchronous_commit off)");
        return server;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
    }

    /** The maintenance database, to create the application's database in. */
    Connection maintenanceConnection() throws SQLException {
        return current().getPostgresDatabase().getConnection();
    }

    void onAvailabilityChange(Consumer<Availability> listener) {
        listeners.add(listener);
    }

    void removeAvailabilityListener(Consumer<Availability> listener) {
        listeners.remove(listener);
    }

    /** Stops the server and waits for it to have written its last checkpoint. */
    void stop() {
        stopping = true;
        supervisor.interrupt();
        EmbeddedPostgres server = running;
        Optional<ProcessHandle> postmaster = postmaster(directory);
        if (server != null) {
            closeQuietly(server);
        }
        postmaster.ifPresent(process -> {
            if (!awaitExit(process, STOP_WAIT)) {
                log.warn("The embedded PostgreSQL (pid {}) did not stop within {}; stopping it immediately", process.pid(), STOP_WAIT);
                signal(process, "QUIT");
                awaitExit(process, LEFTOVER_STOP_WAIT);
            }
        });
        lock.release();
        log.info("Embedded PostgreSQL stopped, data kept in {}", directory);
    }

    private EmbeddedPostgres current() {
        EmbeddedPostgres server = running;
        if (server == null) {
            throw new IllegalStateException("The embedded PostgreSQL in " + directory + " is restarting");
        }
        return server;
    }

    /** Waits for the server to die, then starts it again, for as long as the application runs. */
    private void supervise() {
        while (!stopping) {
            Optional<ProcessHandle> postmaster = postmaster(directory);
            try {
                if (postmaster.isPresent()) {
                    postmaster.get().onExit().get();
                } else if (answers()) {
                    // Its pid file is being rewritten or unreadable for a moment: look again shortly.
                    Thread.sleep(Duration.ofSeconds(1));
                    continue;
                }
            } catch (InterruptedException e) {
                return;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
            if (stopping) {
                return;
            }
            log.warn("The embedded PostgreSQL in {} stopped unexpectedly; starting it again on port {}", directory, port);
            if (!restart()) {
                return;
            }
        }
    }

    private boolean answers() {
        try (Connection connection = maintenanceConnection()) {
            return connection.isValid(2);
        } catch (SQLException | IllegalStateException e) {
            return false;
        }
    }

    private boolean restart() {
        notifyListeners(Availability.RESTARTING);
        closeQuietly(running);
        running = null;
        long downSince = System.nanoTime();
        boolean givenUp = false;
        for (int attempt = 0; !stopping; attempt++) {
            try {
                Thread.sleep(RESTART_DELAYS.get(Math.min(attempt, RESTART_DELAYS.size() - 1)));
                awaitClusterProcessesGone(directory);
                running = launch(directory, properties, port);
                log.info("Embedded PostgreSQL started again on localhost:{} after {} attempt(s), {} ms after it stopped",
                        port, attempt + 1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - downSince));
                notifyListeners(Availability.RUNNING);
                return true;
            } catch (InterruptedException e) {
                return false;
            } catch (IOException | RuntimeException e) {
                if (attempt == 0 || attempt % 10 == 9) {
                    log.warn("The embedded PostgreSQL could not be started again (attempt {}): {}", attempt + 1, e.getMessage());
                }
                if (!givenUp && System.nanoTime() - downSince > properties.giveUpAfter().toNanos()) {
                    givenUp = true;
                    log.error("The embedded PostgreSQL has been down for more than {}; the application reports itself broken "
                            + "so that its supervisor restarts it, and keeps trying meanwhile", properties.giveUpAfter());
                    notifyListeners(Availability.GIVEN_UP);
                }
            }
        }
        return false;
    }

    private void notifyListeners(Availability availability) {
        listeners.forEach(listener -> listener.accept(availability));
    }

    private static EmbeddedPostgres launch(Path directory, EmbeddedPostgresProperties properties, int port) throws IOException {
        // The library locks this file and keeps the lock when a start fails, which would fail every
        // later start in this JVM; the folder's own lock (FolderLock) is what keeps other runs out.
        Files.deleteIfExists(directory.resolve("epg-lock"));
        String durable = properties.durable() ? "on" : "off";
        Redirect serverLog = Redirect.appendTo(directory.resolveSibling(directory.getFileName() + ".log").toFile());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(properties.startupWait())
                .setLocaleConfig("encoding", "UTF8")
                // These come after the library's own "-F" on the command line, so they win.
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setOutputRedirector(serverLog)
                .setErrorRedirector(serverLog);
        if (port != 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres server = builder.start();
        checkItIsOurs(server, directory);
        return server;
    }

    /** A server of another directory answering on our port would otherwise be taken for ours. */
    private static void checkItIsOurs(EmbeddedPostgres server, Path directory) throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("show data_directory")) {
            rows.next();
            if (!Path.of(rows.getString(1)).toRealPath().equals(directory.toRealPath())) {
                closeQuietly(server);
                throw new IOException("Port " + server.getPort() + " is answered by the PostgreSQL of " + rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IOException("The embedded PostgreSQL does not answer", e);
        }
    }

    /** Stops the server that a killed run left on the directory, if it still runs. */
    static void stopLeftover(Path directory) {
        postmaster(directory).ifPresent(process -> {
            log.warn("A PostgreSQL left running on {} by an earlier run (pid {}) is stopped before starting", directory, process.pid());
            signal(process, "INT");
            if (!awaitExit(process, LEFTOVER_STOP_WAIT)) {
                signal(process, "QUIT");
                awaitExit(process, LEFTOVER_STOP_WAIT);
            }
        });
        awaitClusterProcessesGone(directory);
    }

    /** The live postmaster of the directory, as its {@code postmaster.pid} names it. */
    static Optional<ProcessHandle> postmaster(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.getFirst().isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.getFirst().trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> runsIn(process, directory));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * After its postmaster died, a cluster's backends notice within moments and exit; a new server
     * cannot start while they hold its shared memory. Those that linger are killed.
     */
    private static void awaitClusterProcessesGone(Path directory) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (clusterProcesses(directory).isEmpty()) {
                return;
            }
            sleep(Duration.ofMillis(50));
        }
        clusterProcesses(directory).forEach(process -> signal(process, "KILL"));
        clusterProcesses(directory).forEach(process -> awaitExit(process, Duration.ofSeconds(5)));
    }

    static List<ProcessHandle> clusterProcesses(Path directory) {
        try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
            return processes.filter(process -> runsIn(process, directory)).toList();
        }
    }

    private static boolean runsIn(ProcessHandle process, Path directory) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"))
                    .equals(directory.toRealPath());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            log.warn("Could not send SIG{} to process {}: {}", signal, process.pid(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the embedded PostgreSQL", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
