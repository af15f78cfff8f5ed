package fr.cohorte.directory;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import fr.cohorte.audit.EntityHistory;
import fr.cohorte.web.ImportPreview;
import fr.cohorte.web.PageSize;
import fr.cohorte.web.Paging;
import fr.cohorte.web.Spreadsheet;
import fr.cohorte.web.SpreadsheetDownload;
import fr.cohorte.web.RefusalAdvice;
import fr.cohorte.web.RefusedException;
import fr.cohorte.web.Refusal;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the persons directory: list, create, edit, export, import. */
@Controller
class PersonController {

    static final String PREVIEW = "cohorte.personImportPreview";

    private final Persons persons;
    private final Organisations organisations;
    private final Backgrounds backgrounds;
    private final PersonImport personImport;
    private final MessageSource messages;
    private final EntityHistory history;
    private final PersonalDataExport personalData;
    private final List<Appearances> appearances;
    private final PersonPhotos photos;

    PersonController(Persons persons, Organisations organisations, Backgrounds backgrounds, PersonImport personImport,
                     MessageSource messages, EntityHistory history, PersonalDataExport personalData,
                     List<Appearances> appearances, PersonPhotos photos) {
        this.appearances = appearances;
        this.photos = photos;
        this.history = history;
        this.personalData = personalData;
        this.persons = persons;
        this.organisations = organisations;
        this.backgrounds = backgrounds;
        this.personImport = personImport;
        this.messages = messages;
    }

    @ModelAttribute("importColumns")
    List<String> importColumns() {
        return PersonImport.COLUMNS;
    }

    @GetMapping("/directory/persons")
    String list(@ModelAttribute("search") DirectorySearch search, @PageSize(DirectorySearch.PAGE_SIZE) Paging paging, Model model) {
        model.addAttribute("persons", persons.search(search, paging));
        model.addAttribute("backgrounds", backgrounds.all());
        model.addAttribute("listPath", "/directory/persons");
        return "directory/persons";
    }

    @GetMapping("/directory/persons/export")
    ResponseEntity<byte[]> export(@ModelAttribute DirectorySearch search, @RequestParam(defaultValue = "csv") String format,
                                  java.util.Locale locale) {
        String asked = SpreadsheetDownload.checked(format, SpreadsheetDownload.FORMATS);
        List<Person> found = persons.all(search);
        persons.recordExport(asked, found.size());
        List<List<String>> rows = found.stream().map(p -> java.util.Arrays.asList(
                p.getCivility() == null ? "" : messages.getMessage("civility." + p.getCivility(), null, locale),
                p.getGivenName(), p.getFamilyName(), nullToEmpty(p.getEmail()), nullToEmpty(p.getPhone()),
                p.getOrganisation() == null ? "" : p.getOrganisation().getName(), nullToEmpty(p.getPositionTitle()),
                p.getBackground() == null ? "" : p.getBackground().label(locale), nullToEmpty(p.getLanguages()))).toList();
        return SpreadsheetDownload.of(asked, "personnes", PersonImport.COLUMNS, rows);
    }

    @GetMapping("/directory/persons/new")
    String newPerson(Model model) {
        model.addAttribute("form", new PersonForm());
        return form(model, null);
    }

    @PostMapping("/directory/persons")
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
                  @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect) {
        Optional<Photo> checked = checkedPhoto(photo, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            Person person = persons.create(form.details(), form.getOrganisationId(), form.getBackgroundId(), form.isDuplicateConfirmed(), checked);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/directory/persons/" + person.getId();
        } catch (RefusedException refused) {
            if (!refused.refusal().is(Persons.DUPLICATE)) {
                throw refused;
            }
            model.addAttribute("duplicates", persons.possibleDuplicates(form.details(), form.getOrganisationId(), null));
            return form(model, null);
        }
    }

    @GetMapping("/directory/persons/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("person", persons.byId(id).orElseThrow(() -> Refusal.notFound(Persons.NOT_FOUND, id).exception()));
        model.addAttribute("hasPhoto", photos.exists(id));
        model.addAttribute("history", history.of(Person.class, id));
        model.addAttribute("appearances", appearances.stream().flatMap(source -> source.ofPerson(id).stream())
                .sorted(java.util.Comparator.comparing(Appearance::date)).toList());
        return "directory/person";
    }

    /** Everything Cohorte holds about the person, for their access request: JSON, or CSV with one value a line. */
    @GetMapping("/directory/persons/{id}/personal-data")
    ResponseEntity<?> personalData(@PathVariable Long id, @RequestParam(defaultValue = "json") String format) {
        format = SpreadsheetDownload.checked(format, List.of("json", "csv"));
        var export = personalData.of(id);
        String filename = "donnees-personnelles-" + id + ("csv".equals(format) ? ".csv" : ".json");
        var disposition = org.springframework.http.ContentDisposition.attachment().filename(filename).build().toString();
        if (!"csv".equals(format)) {
            return ResponseEntity.ok().header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, disposition)
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(export);
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        export.forEach((section, records) -> {
            for (int i = 0; i < records.size(); i++) {
                int index = i + 1;
                records.get(i).forEach((field, value) -> rows.add(List.of(section, String.valueOf(index), field, value == null ? "" : String.valueOf(value))));
            }
        });
        return SpreadsheetDownload.of("csv", "donnees-personnelles-" + id, List.of("section", "enregistrement", "champ", "valeur"), rows);
    }

    @GetMapping("/directory/persons/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        Person person = persons.byId(id).orElseThrow(() -> Refusal.notFound(Persons.NOT_FOUND, id).exception());
        if (person.isAnonymised()) {
            return "redirect:/directory/persons/" + id;
        }
        model.addAttribute("form", PersonForm.of(person));
        return form(model, id);
    }

    @PostMapping("/directory/persons/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
                  @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect) {
        Optional<Photo> checked = checkedPhoto(photo, errors);
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            persons.update(id, form.getVersion(), form.details(), form.getOrganisationId(), form.getBackgroundId(),
                    checked, form.isRemovePhoto());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/directory/persons/" + id;
        } catch (RefusedException refused) {
            if (refused.refusal().is(Persons.ERASED)) {
                redirect.addFlashAttribute(RefusalAdvice.PAGE_REFUSAL, refused.refusal());
                return "redirect:/directory/persons/" + id;
            }
            if (!refused.refusal().is(Persons.DUPLICATE)) {
                throw refused;
            }
            model.addAttribute("duplicates", persons.possibleDuplicates(form.details(), null, id));
            return form(model, id);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Person saved = persons.byId(id).orElseThrow();
            model.addAttribute("conflict", saved);
            form.setVersion(saved.getVersion());
            return form(model, id);
        }
    }

    @GetMapping("/directory/persons/import")
    String importForm() {
        return "directory/person-import";
    }

    @PostMapping("/directory/persons/import")
    String importPreview(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        session.removeAttribute(PREVIEW);
        if (file.isEmpty() || file.getSize() > Spreadsheet.MAX_IMPORT_SIZE.toBytes()) {
            model.addAttribute("fileError", file.isEmpty() ? "import.file.empty" : "import.file.too-large");
            return "directory/person-import";
        }
        try {
            ImportPreview<PersonImportRow> preview = personImport.check(file.getBytes());
            model.addAttribute("preview", preview);
            model.addAttribute("filename", file.getOriginalFilename());
            if (preview.acceptable()) {
                session.setAttribute(PREVIEW, preview);
            }
        } catch (Spreadsheet.UnreadableFileException unreadable) {
            model.addAttribute("fileError", "import.file.unreadable");
        }
        return "directory/person-import";
    }

    @GetMapping("/directory/persons/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable Long id) {
        return PhotoResponse.of(photos.of(id));
    }

    /**
     * A post that is not an upload, or a file over the servlet's limit: say so on the import page,
     * or, for a photo, on the person form (what was typed is lost with the refused request).
     */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String notAnUpload(MultipartException exception, jakarta.servlet.http.HttpServletRequest request, Model model,
                       RedirectAttributes redirect) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.endsWith("/import")) {
            redirect.addFlashAttribute("photoTooLarge", true);
            return "redirect:" + (path.equals("/directory/persons") ? "/directory/persons/new" : path + "/edit");
        }
        model.addAttribute("importColumns", PersonImport.COLUMNS);
        model.addAttribute("fileError", exception instanceof MaxUploadSizeExceededException ? "import.file.too-large" : "import.file.empty");
        return "directory/person-import";
    }

    @PostMapping("/directory/persons/import/confirm")
    String importConfirm(HttpSession session, RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        ImportPreview<PersonImportRow> preview = (ImportPreview<PersonImportRow>) session.getAttribute(PREVIEW);
        if (preview == null || !preview.acceptable()) {
            return "redirect:/directory/persons/import";
        }
        int count = persons.importAll(preview.rows());
        session.removeAttribute(PREVIEW);
        redirect.addFlashAttribute("imported", count);
        return "redirect:/directory/persons";
    }

    private Optional<Photo> checkedPhoto(MultipartFile upload, BindingResult errors) {
        try {
            return photos.check(upload);
        } catch (RefusedException rejected) {
            rejected.refusal().rejectInto(errors, null);
            return Optional.empty();
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("personId", id);
        model.addAttribute("hasPhoto", id != null && photos.exists(id));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("backgrounds", backgrounds.all());
        model.addAttribute("civilities", Civility.values());
        return "directory/person-form";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
