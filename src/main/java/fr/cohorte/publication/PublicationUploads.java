package fr.cohorte.publication;

import java.util.List;

import fr.cohorte.web.UploadRoute;
import fr.cohorte.web.UploadRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The files a publication takes: its PDF made elsewhere, and its cover image. */
@Configuration(proxyBeanMethods = false)
class PublicationUploads {

    @Bean
    UploadRoutes publicationUploadRoutes(PublicationProperties publications) {
        return () -> List.of(
                new UploadRoute("/publications/{id}/manage/upload", publications.maxUploadSize()),
                new UploadRoute("/publications/{id}/manage/cover", publications.maxCoverSize()));
    }
}
