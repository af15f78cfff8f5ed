package fr.cohorte.publication;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person credited on a publication, by the role they played. */
@Embeddable
public record Contributor(Long personId, @Enumerated(EnumType.STRING) ContributorRole role) {
}
