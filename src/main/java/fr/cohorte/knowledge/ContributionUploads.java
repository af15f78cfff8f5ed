package fr.cohorte.knowledge;

import java.util.List;

import fr.cohorte.web.UploadRoute;
import fr.cohorte.web.UploadRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The files a contribution takes: PDFs and images of at most 10 MB. */
@Configuration(proxyBeanMethods = false)
class ContributionUploads {

    static final DataSize LARGEST_ATTACHMENT = DataSize.ofMegabytes(10);

    @Bean
    UploadRoutes contributionUploadRoutes() {
        return () -> List.of(new UploadRoute("/knowledge/contributions/{contribution}/attachments", LARGEST_ATTACHMENT));
    }
}
