package fr.cohorte.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.directory.internal.BackgroundRepository;
import fr.cohorte.directory.internal.OrganisationRepository;
import fr.cohorte.directory.internal.PersonRepository;
import fr.cohorte.web.ImportChecks;
import fr.cohorte.web.ImportPreview;
import fr.cohorte.web.ImportProblem;
import fr.cohorte.web.Spreadsheet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a spreadsheet of persons before anything is stored: every line and field at fault is
 * named, and only a file without faults can be confirmed.
 */
@Service
@Transactional(readOnly = true)
public class PersonImport {

    /** The columns understood, French first; headers are matched without accents or case. */
    public static final List<String> COLUMNS = List.of(
            "civilite", "prenom", "nom", "email", "telephone", "organisation", "fonction", "horizon", "langues");

    private static final int MAX_LINES = 5000;

    private final PersonRepository persons;
    private final BackgroundRepository backgrounds;
    private final OrganisationRepository organisations;

    PersonImport(PersonRepository persons, BackgroundRepository backgrounds, OrganisationRepository organisations) {
        this.organisations = organisations;
        this.persons = persons;
        this.backgrounds = backgrounds;
    }

    public ImportPreview<PersonImportRow> check(byte[] file) {
        List<Spreadsheet.Line> lines = Spreadsheet.read(file);
        List<PersonImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            problems.add(new ImportProblem(1, "", "import.empty", null));
        }
        if (lines.size() > MAX_LINES) {
            problems.add(new ImportProblem(MAX_LINES + 2, "", "import.too-many-lines", String.valueOf(MAX_LINES)));
            return new ImportPreview<>(List.of(), problems);
        }
        Map<String, Integer> emailsSeen = new HashMap<>();
        for (Spreadsheet.Line line : lines) {
            int before = problems.size();
            String givenName = ImportChecks.required(line, problems, "prenom", 100, "prenom", "given name", "first name");
            String familyName = ImportChecks.required(line, problems, "nom", 100, "nom", "family name", "last name", "nom de famille");
            String email = line.get("email", "e mail", "courriel", "adresse electronique");
            if (email != null) {
                email = ImportChecks.email(email, line.number(), problems, "email");
                if (email != null && emailsSeen.containsKey(email)) {
                    problems.add(new ImportProblem(line.number(), "email", "import.email.repeated", String.valueOf(emailsSeen.get(email))));
                } else if (email != null) {
                    emailsSeen.put(email, line.number());
                    Optional<Person> existing = persons.findByEmail(email);
                    if (existing.isPresent()) {
                        problems.add(new ImportProblem(line.number(), "email", "import.email.exists", existing.get().getFullName()));
                    }
                }
            }
            Civility civility = civility(line.get("civilite", "civility", "titre"), line.number(), problems);
            Long backgroundId = background(line.get("horizon", "background", "college"), line.number(), problems);
            String phone = line.get("telephone", "phone", "tel");
            if (phone != null && !phone.matches("[0-9+().\\s-]{6,40}")) {
                problems.add(new ImportProblem(line.number(), "telephone", "import.phone.invalid", phone));
            }
            String organisation = line.get("organisation", "organization", "structure", "employeur");
            if (problems.size() == before) {
                sameNameInOrganisation(givenName, familyName, organisation).ifPresent(existing -> problems.add(
                        new ImportProblem(line.number(), "nom", "import.person.exists", existing.getFullName() + " (" + organisation + ")")));
            }
            if (problems.size() == before) {
                rows.add(new PersonImportRow(line.number(),
                        new PersonDetails(civility, givenName, familyName, email, phone,
                                line.get("fonction", "position", "poste"), line.get("langues", "languages"), null),
                        organisation, backgroundId));
            }
        }
        return new ImportPreview<>(rows, problems);
    }

    /** A person the directory holds with the same names in the organisation of that line: a likely duplicate. */
    private Optional<Person> sameNameInOrganisation(String givenName, String familyName, String organisation) {
        if (organisation == null) {
            return Optional.empty();
        }
        return organisations.findByNameOrShortName(organisation).stream()
                .flatMap(o -> persons.findSameNameInOrganisation(givenName, familyName, o.getId()).stream())
                .findFirst();
    }

    private static Civility civility(String text, int line, List<ImportProblem> problems) {
        if (text == null) {
            return null;
        }
        Optional<Civility> civility = Civility.fromText(text);
        if (civility.isEmpty()) {
            problems.add(new ImportProblem(line, "civilite", "import.civility.unknown", text));
        }
        return civility.orElse(null);
    }

    private Long background(String text, int line, List<ImportProblem> problems) {
        if (text == null) {
            return null;
        }
        Optional<Background> background = backgrounds.findByCodeOrLabel(text.trim());
        if (background.isEmpty()) {
            problems.add(new ImportProblem(line, "horizon", "import.background.unknown", text));
            return null;
        }
        return background.get().getId();
    }
}
