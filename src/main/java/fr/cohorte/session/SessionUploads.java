package fr.cohorte.session;

import java.util.List;

import fr.cohorte.web.DocumentIntake;
import fr.cohorte.web.UploadRoute;
import fr.cohorte.web.UploadRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The files staff attach to an activity of the programme. */
@Configuration(proxyBeanMethods = false)
class SessionUploads {

    @Bean
    UploadRoutes sessionUploadRoutes(DocumentIntake documents) {
        return () -> List.of(new UploadRoute(ActivityDocumentController.ACTIVITY + "/documents", documents.maxSize()));
    }
}
