package fr.cohorte.directory;

import java.util.List;
import java.util.Map;

/**
 * Every module that holds data about a person answers for its part of an access request (GDPR
 * article 15). The directory collects the parts; modules above it implement this interface, so the
 * export never has to call upward.
 */
public interface PersonalDataSource {

    /** The name of this part of the export, e.g. "account" or "participations". */
    String section();

    /** Everything this module holds about the person, as rows of named values. */
    List<Map<String, Object>> about(Long personId);
}
