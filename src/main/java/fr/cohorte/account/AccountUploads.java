package fr.cohorte.account;

import java.util.List;

import fr.cohorte.directory.PhotoProperties;
import fr.cohorte.web.UploadRoute;
import fr.cohorte.web.UploadRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one file an account's own pages take: the photo on the profile. */
@Configuration(proxyBeanMethods = false)
class AccountUploads {

    @Bean
    UploadRoutes accountUploadRoutes(PhotoProperties photos) {
        return () -> List.of(new UploadRoute("/me/profile", photos.maxSize()));
    }
}
