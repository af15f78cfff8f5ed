package fr.cohorte.publication;

import java.util.List;
import java.util.Map;

/**
 * What a publication says about itself in the catalogue, on its copyright page and to harvesters.
 *
 * @param isbns the ISBN of each edition that has one
 */
public record PublicationMetadata(
        String title,
        String subtitle,
        String series,
        Integer year,
        String language,
        String summary,
        List<String> keywords,
        Licence licence,
        Map<BookFormat, String> isbns,
        String doi,
        String legalDeposit) {

    public PublicationMetadata {
        isbns = BookFormat.ordered(isbns);
    }
}
