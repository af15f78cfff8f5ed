package fr.cohorte.recruitment;

import java.util.List;

import fr.cohorte.web.Spreadsheet;
import fr.cohorte.web.UploadRoute;
import fr.cohorte.web.UploadRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The files recruitment takes: an applicant's CV on the public form, and staff's spreadsheet of applications. */
@Configuration(proxyBeanMethods = false)
class RecruitmentUploads {

    @Bean
    UploadRoutes recruitmentUploadRoutes(ApplicationProperties applications) {
        return () -> List.of(
                new UploadRoute("/sessions/{number:\\d{1,9}}/apply", applications.maxCvSize()),
                new UploadRoute("/staff/sessions/{number:\\d{1,9}}/applications/import", Spreadsheet.MAX_IMPORT_SIZE));
    }
}
