package fr.cohorte.directory;

import java.util.List;

import fr.cohorte.web.DocumentIntake;
import fr.cohorte.web.Spreadsheet;
import fr.cohorte.web.UploadRoute;
import fr.cohorte.web.UploadRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The files the directory's forms take: a person's photo, a spreadsheet of persons, a partnership's documents. */
@Configuration(proxyBeanMethods = false)
class DirectoryUploads {

    @Bean
    UploadRoutes directoryUploadRoutes(PhotoProperties photos, DocumentIntake documents) {
        return () -> List.of(
                new UploadRoute("/directory/persons", photos.maxSize()),
                new UploadRoute("/directory/persons/{id:\\d{1,18}}", photos.maxSize()),
                new UploadRoute("/directory/persons/import", Spreadsheet.MAX_IMPORT_SIZE),
                new UploadRoute(PartnershipController.PARTNERSHIP + "/documents", documents.maxSize()));
    }
}
