package fr.cohorte.knowledge;

import java.util.Set;

/**
 * What an editor gives of a recommendation; text, rationale and conditions are Markdown.
 *
 * @param chapterId the chapter of the book that carries it, or null (wired by the publication side)
 */
public record RecommendationDetails(String title, String text, String rationale, String conditions,
                                    Set<RecommendationAddressee> addressees, Set<Long> practiceIds, Long chapterId,
                                    Integer sessionNumber) {

    public RecommendationDetails {
        addressees = addressees == null ? Set.of() : Set.copyOf(addressees);
        practiceIds = practiceIds == null ? Set.of() : Set.copyOf(practiceIds);
    }
}
