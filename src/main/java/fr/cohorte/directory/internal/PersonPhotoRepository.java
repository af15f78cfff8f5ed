package fr.cohorte.directory.internal;

import fr.cohorte.directory.PersonPhoto;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonPhotoRepository extends JpaRepository<PersonPhoto, Long> {
}
