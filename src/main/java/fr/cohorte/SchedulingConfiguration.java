package fr.cohorte;

import java.time.Duration;

import fr.cohorte.web.DatabaseAvailability;
import fr.cohorte.web.OutageReports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.support.TaskUtils;
import org.springframework.util.ErrorHandler;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    /**
     * The outbox is polled every two seconds: while the database is down, a stack trace each time
     * would bury the log. One line every half minute says it; the job runs again by itself.
     */
    static ErrorHandler jobErrors(DatabaseAvailability database) {
        OutageReports outages = new OutageReports(Duration.ofSeconds(30));
        return failure -> {
            if (database.isOutage(failure)) {
                outages.report().ifPresent(silenced -> log.warn("Background job skipped, database unavailable ({} more since the last report): {}",
                        silenced, OutageReports.rootCause(failure).toString()));
            } else {
                TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(failure);
            }
        };
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer jobErrorsOnVirtualThreads(DatabaseAvailability database) {
        return scheduler -> scheduler.setErrorHandler(jobErrors(database));
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer jobErrorsOnPlatformThreads(DatabaseAvailability database) {
        return scheduler -> scheduler.setErrorHandler(jobErrors(database));
    }
}
