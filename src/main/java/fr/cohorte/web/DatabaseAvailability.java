package fr.cohorte.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Whether the database answers, within a bounded wait, and whether a failure is the database's
 * (gone, frozen, restarting, a statement or a lock wait cut by its timeout) rather than a fault of
 * the request or of the code: the first is temporary and answered "try again shortly", the second
 * is a bug and stays a 500.
 */
@Component
public class DatabaseAvailability {

    /**
     * SQL states of PostgreSQL that mean "not now": connection exceptions (class 08), the server
     * shutting down or starting (57P01-57P03), too many connections, a statement cancelled by its
     * timeout and a lock not obtained in time.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014", "55P03");

    private final DataSource dataSource;
    private final Duration timeout;
    private final Executor probes = Executors.newVirtualThreadPerTaskExecutor();

    DatabaseAvailability(DataSource dataSource, @Value("${cohorte.database.health-timeout:3s}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    /** Whether a connection can be had and answers, within {@code cohorte.database.health-timeout}. */
    public boolean answers() {
        CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(this::connectionAnswers, probes);
        try {
            return probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            probe.cancel(true);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether this failure comes from the database being unavailable. A failure whose own words do
     * not say so but that touched the database (a rollback on a connection that died under it hides
     * the first error) is checked against the database itself.
     */
    public boolean isOutage(Throwable failure) {
        boolean touchedDatabase = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (saysUnavailable(cause)) {
                return true;
            }
            touchedDatabase |= cause instanceof SQLException || cause instanceof DataAccessException
                    || cause instanceof TransactionException || cause instanceof PersistenceException;
        }
        return touchedDatabase && !answers();
    }

    private static boolean saysUnavailable(Throwable cause) {
        if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                || cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
                || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()));
    }

    private boolean connectionAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (SQLException e) {
            return false;
        }
    }
}
