package fr.cohorte.publication;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a publication says about itself in the catalogue, on its copyright page and to harvesters.
 *
 * @param isbns       the ISBN of each edition that has one
 * @param chapterDois the DOI of each chapter that has one, by chapter number
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
        String legalDeposit,
        SortedMap<Integer, String> chapterDois) {

    public PublicationMetadata {
        isbns = BookFormat.ordered(isbns);
        chapterDois = Collections.unmodifiableSortedMap(chapterDois == null ? new TreeMap<>() : new TreeMap<>(chapterDois));
    }
}
