package fr.cohorte.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers everything Cohorte holds about one person, from every module, for an access request. */
@Service
@Transactional(readOnly = true)
public class PersonalDataExport {

    private final Persons persons;
    private final List<PersonalDataSource> sources;
    private final AuditTrail audit;
    private final PersonPhotos photos;

    PersonalDataExport(Persons persons, List<PersonalDataSource> sources, AuditTrail audit, PersonPhotos photos) {
        this.photos = photos;
        this.persons = persons;
        this.sources = sources;
        this.audit = audit;
    }

    /** Sections in a stable order: the directory's record first, then each module's part. */
    @Transactional
    public Map<String, List<Map<String, Object>>> of(Long personId) {
        Person person = persons.byId(personId).orElseThrow(() -> Refusal.notFound(Persons.NOT_FOUND, personId).exception());
        Map<String, List<Map<String, Object>>> export = new LinkedHashMap<>();
        Map<String, Object> record = record(person);
        record.put("photo", photos.of(personId).map(PersonPhoto::getContentType).orElse(null));
        export.put("person", List.of(record));
        List<PersonalDataSource> ordered = new ArrayList<>(sources);
        ordered.sort(java.util.Comparator.comparing(PersonalDataSource::section));
        for (PersonalDataSource source : ordered) {
            export.put(source.section(), source.about(personId));
        }
        audit.record(AuditAction.EXPORTED, "person:" + personId, AuditDetail.of("audit.detail.person.personal-data-exported", person.getFullName()));
        return export;
    }

    private static Map<String, Object> record(Person person) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", person.getId());
        row.put("civility", person.getCivility());
        row.put("givenName", person.getGivenName());
        row.put("familyName", person.getFamilyName());
        row.put("email", person.getEmail());
        row.put("phone", person.getPhone());
        row.put("organisation", person.getOrganisation() == null ? null : person.getOrganisation().getName());
        row.put("positionTitle", person.getPositionTitle());
        row.put("background", person.getBackground() == null ? null : person.getBackground().getCode());
        row.put("languages", person.getLanguages());
        row.put("bio", person.getBio());
        row.put("alumniOptIn", person.isAlumniOptIn());
        row.put("alumniFields", person.getAlumniFields().stream().map(Enum::name).sorted().toList());
        row.put("anonymisedAt", person.getAnonymisedAt());
        return row;
    }
}
