package fr.cohorte.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.Background;
import fr.cohorte.directory.Backgrounds;
import fr.cohorte.directory.Civility;
import fr.cohorte.recruitment.internal.ApplicationRepository;
import fr.cohorte.session.Session;
import fr.cohorte.web.ImportChecks;
import fr.cohorte.web.ImportPreview;
import fr.cohorte.web.ImportProblem;
import fr.cohorte.web.Spreadsheet;
import fr.cohorte.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications staff already keep in a spreadsheet, brought into a session: every line and field at
 * fault is named before anything is stored, and a file without faults is stored whole or not at all.
 * Imported applications have no CV and no acknowledgement mail; the staff member who imports them
 * vouches for the applicants' consent.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationImport {

    /** The columns understood, French first; headers are matched without accents or case. */
    public static final List<String> COLUMNS = List.of("civilite", "prenom", "nom", "email", "telephone", "organisation",
            "fonction", "horizon", "secteur", "region", "genre", "motivation", "conserver");

    private static final int MAX_LINES = 5000;

    private final ApplicationRepository applications;
    private final Backgrounds backgrounds;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicationImport(ApplicationRepository applications, Backgrounds backgrounds, MessageSource messages,
                      AuditTrail audit, Clock clock) {
        this.applications = applications;
        this.backgrounds = backgrounds;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public ImportPreview<ApplicationImportRow> check(Session session, byte[] file) {
        List<Spreadsheet.Line> lines = Spreadsheet.read(file);
        List<ApplicationImportRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            problems.add(new ImportProblem(1, "", "import.empty", null));
        }
        if (lines.size() > MAX_LINES) {
            problems.add(new ImportProblem(MAX_LINES + 2, "", "import.too-many-lines", String.valueOf(MAX_LINES)));
            return new ImportPreview<>(List.of(), problems);
        }
        Map<String, Background> backgroundsByText = new HashMap<>();
        Map<String, Integer> emailsSeen = new HashMap<>();
        List<Integer> examples = new ArrayList<>();
        for (Spreadsheet.Line line : lines) {
            if (line.isExample()) {
                examples.add(line.number());
                continue;
            }
            int before = problems.size();
            String givenName = ImportChecks.required(line, problems, "prenom", 100, "prenom", "given name", "first name");
            String familyName = ImportChecks.required(line, problems, "nom", 100, "nom", "family name", "last name");
            String email = email(session, line, emailsSeen, problems);
            String phone = ImportChecks.optional(line, problems, "telephone", 40, "telephone", "phone", "tel");
            if (phone != null && !phone.matches("[0-9+().\\s-]{6,40}")) {
                problems.add(new ImportProblem(line.number(), "telephone", "import.phone.invalid", phone));
            }
            String organisation = ImportChecks.required(line, problems, "organisation", 300, "organisation", "organization", "employeur");
            String position = ImportChecks.required(line, problems, "fonction", 300, "fonction", "position", "poste");
            Background background = background(line, backgroundsByText, problems);
            String sector = ImportChecks.optional(line, problems, "secteur", 100, "secteur", "sector");
            Region region = region(line, problems);
            Gender gender = gender(line, problems);
            Civility civility = civility(line, problems);
            String motivation = line.get("motivation", "lettre de motivation");
            boolean keepForLater = keepForLater(line, problems);
            if (problems.size() == before) {
                rows.add(new ApplicationImportRow(line.number(), new ApplicantDetails(civility, givenName, familyName, email,
                        phone, organisation, position, background.getId(), sector, region, gender,
                        motivation == null ? "" : motivation, keepForLater)));
            }
        }
        return new ImportPreview<>(rows, problems, examples);
    }

    /** The template's example line: valid in every column, and flagged in its motivation so that an import skips it. */
    public List<String> exampleLine() {
        String background = backgrounds.all().stream().findFirst().map(Background::getLabelFr).orElse("");
        return List.of("Mme", "Camille", "Exemple", "camille.exemple@exemple.fr", "01 23 45 67 89", "Préfecture de l’Exemple",
                "Directrice de cabinet", background, "Administration", "Bretagne", "Femme",
                "# Exemple : cette ligne montre le format attendu et l’import l’ignore. Remplacez-la par les candidatures.", "non");
    }

    /** Stores every line of an acceptable preview in one transaction, and records who imported them. */
    @Transactional
    public int importAll(Session session, List<ApplicationImportRow> rows, String staff) {
        Instant now = clock.instant();
        Map<Long, Background> byId = new HashMap<>();
        backgrounds.all().forEach(b -> byId.put(b.getId(), b));
        for (ApplicationImportRow row : rows) {
            if (applications.existsBySessionAndEmail(session.getId(), row.details().email())) {
                throw Refusal.conflict("import.application.meanwhile").exception();
            }
            applications.save(Application.imported(session.getId(), row.details(), byId.get(row.details().backgroundId()), staff, now));
        }
        applications.flush();
        audit.record(AuditAction.IMPORTED, "applications",
                AuditDetail.of("audit.detail.applications.imported", rows.size(), session.getNumber(), staff));
        return rows.size();
    }

    private String email(Session session, Spreadsheet.Line line, Map<String, Integer> emailsSeen, List<ImportProblem> problems) {
        String text = ImportChecks.required(line, problems, "email", 320, "email", "e mail", "courriel", "adresse electronique");
        String email = text == null ? null : ImportChecks.email(text, line.number(), problems, "email");
        if (email == null) {
            return null;
        }
        if (emailsSeen.containsKey(email)) {
            problems.add(new ImportProblem(line.number(), "email", "import.email.repeated", String.valueOf(emailsSeen.get(email))));
        } else {
            emailsSeen.put(email, line.number());
            if (applications.existsBySessionAndEmail(session.getId(), email)) {
                problems.add(new ImportProblem(line.number(), "email", "import.application.exists", email));
            }
        }
        return email;
    }

    private Background background(Spreadsheet.Line line, Map<String, Background> known, List<ImportProblem> problems) {
        String text = ImportChecks.required(line, problems, "horizon", 100, "horizon", "background", "college");
        if (text == null) {
            return null;
        }
        Optional<Background> background = Optional.ofNullable(known.get(text))
                .or(() -> backgrounds.byCodeOrLabel(text));
        if (background.isEmpty()) {
            problems.add(new ImportProblem(line.number(), "horizon", "import.background.unknown", text));
            return null;
        }
        known.put(text, background.get());
        return background.get();
    }

    /** A region by its code or its name in French or English, accents and case ignored. */
    private Region region(Spreadsheet.Line line, List<ImportProblem> problems) {
        String text = line.get("region");
        if (text == null) {
            return null;
        }
        String wanted = Spreadsheet.normalise(text);
        for (Region region : Region.values()) {
            if (wanted.equals(Spreadsheet.normalise(region.name()))
                    || wanted.equals(Spreadsheet.normalise(label("region." + region, Locale.FRENCH)))
                    || wanted.equals(Spreadsheet.normalise(label("region." + region, Locale.ENGLISH)))) {
                return region;
            }
        }
        problems.add(new ImportProblem(line.number(), "region", "import.region.unknown", text));
        return null;
    }

    private static Gender gender(Spreadsheet.Line line, List<ImportProblem> problems) {
        String text = line.get("genre", "gender");
        if (text == null) {
            return null;
        }
        return switch (Spreadsheet.normalise(text)) {
            case "f", "femme", "female", "woman" -> Gender.FEMALE;
            case "h", "homme", "male", "man" -> Gender.MALE;
            case "autre", "other" -> Gender.OTHER;
            default -> {
                problems.add(new ImportProblem(line.number(), "genre", "import.gender.unknown", text));
                yield null;
            }
        };
    }

    private static Civility civility(Spreadsheet.Line line, List<ImportProblem> problems) {
        String text = line.get("civilite", "civility");
        if (text == null) {
            return null;
        }
        Optional<Civility> civility = Civility.fromText(text);
        if (civility.isEmpty()) {
            problems.add(new ImportProblem(line.number(), "civilite", "import.civility.unknown", text));
        }
        return civility.orElse(null);
    }

    private static boolean keepForLater(Spreadsheet.Line line, List<ImportProblem> problems) {
        String text = line.get("conserver", "keep for later");
        if (text == null) {
            return false;
        }
        return switch (Spreadsheet.normalise(text)) {
            case "oui", "yes", "o", "y", "1", "vrai", "true" -> true;
            case "non", "no", "n", "0", "faux", "false" -> false;
            default -> {
                problems.add(new ImportProblem(line.number(), "conserver", "import.yes-no", text));
                yield false;
            }
        };
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
