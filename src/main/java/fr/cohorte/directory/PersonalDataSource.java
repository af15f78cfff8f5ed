package fr.cohorte.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every module that holds data about a person answers for its part of an access request (GDPR
 * article 15) and of an erasure (article 17). The directory collects the parts; modules above it
 * implement this interface, so the export never has to call upward. Each part names the tables it
 * answers for: it exports what they hold about the person, and its module forgets it when
 * {@link PersonErased} is published, inside the erasing transaction. A test checks that every table
 * with a person's column is answered for by some part.
 */
public interface PersonalDataSource {

    /** The name of this part of the export, e.g. "account" or "participations". */
    String section();

    /** Everything this module holds about the person, as rows of named values. */
    List<Map<String, Object>> about(Long personId);

    /** The tables whose rows about the person this part exports, and its module erases. */
    Set<String> tables();
}
