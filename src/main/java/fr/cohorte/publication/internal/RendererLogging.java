package fr.cohorte.publication.internal;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's messages to the application's log, under the library's logger names
 * ({@code com.openhtmltopdf.load}, ...), with its chatter (fonts loaded, cache hits, one line per
 * footnote link) at debug level: left to itself it prints hundreds of lines on the console per book.
 * Warnings and errors stay warnings and errors.
 */
final class RendererLogging implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else {
            logger.debug(message, error);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // Levels are the application's logging configuration (logging.level.com.openhtmltopdf...).
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        return value >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
                : value >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
