package fr.cohorte.publication;

import java.util.List;

/** What a publication says about itself in the catalogue, on its copyright page and to harvesters. */
public record PublicationMetadata(
        String title,
        String subtitle,
        String series,
        Integer year,
        String language,
        String summary,
        List<String> keywords,
        Licence licence,
        String isbn,
        String doi,
        String legalDeposit) {
}
