package fr.cohorte.recruitment;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import fr.cohorte.session.Session;
import fr.cohorte.session.SessionCatalogue;
import fr.cohorte.web.ImportPreview;
import fr.cohorte.web.Spreadsheet;
import fr.cohorte.web.SpreadsheetDownload;
import fr.cohorte.web.RefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff bring a spreadsheet of applications into a session: upload, preview, confirm; and the blank template. */
@Controller
class ApplicationImportController {

    private static final String PREVIEW = "cohorte.applicationImportPreview.";

    private final SessionCatalogue sessions;
    private final ApplicationImport applicationImport;

    ApplicationImportController(SessionCatalogue sessions, ApplicationImport applicationImport) {
        this.sessions = sessions;
        this.applicationImport = applicationImport;
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/applications/import")
    String form(@PathVariable int number, Model model) {
        return page(sessions.byNumber(number), model);
    }

    @GetMapping("/staff/sessions/{number:\\d{1,9}}/applications/import/template")
    ResponseEntity<byte[]> template(@PathVariable int number, @RequestParam(defaultValue = "csv") String format) {
        sessions.byNumber(number);
        return SpreadsheetDownload.of(format, "modele-candidatures", ApplicationImport.COLUMNS,
                List.of(applicationImport.exampleLine()));
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/applications/import")
    String preview(@PathVariable int number, @RequestParam("file") MultipartFile file, HttpSession httpSession,
                   Model model) throws IOException {
        Session session = sessions.byNumber(number);
        httpSession.removeAttribute(PREVIEW + number);
        if (file.isEmpty() || file.getSize() > Spreadsheet.MAX_IMPORT_SIZE.toBytes()) {
            model.addAttribute("fileError", file.isEmpty() ? "import.file.empty" : "import.file.too-large");
            return page(session, model);
        }
        try {
            ImportPreview<ApplicationImportRow> preview = applicationImport.check(session, file.getBytes());
            model.addAttribute("preview", preview);
            model.addAttribute("filename", file.getOriginalFilename());
            if (preview.acceptable()) {
                httpSession.setAttribute(PREVIEW + number, preview);
            }
        } catch (Spreadsheet.UnreadableFileException unreadable) {
            model.addAttribute("fileError", "import.file.unreadable");
        }
        return page(session, model);
    }

    @PostMapping("/staff/sessions/{number:\\d{1,9}}/applications/import/confirm")
    String confirm(@PathVariable int number, HttpSession httpSession, Principal staff, Model model,
                   RedirectAttributes redirect) {
        Session session = sessions.byNumber(number);
        @SuppressWarnings("unchecked")
        ImportPreview<ApplicationImportRow> preview = (ImportPreview<ApplicationImportRow>) httpSession.getAttribute(PREVIEW + number);
        if (preview == null || !preview.acceptable()) {
            return "redirect:/staff/sessions/" + number + "/applications/import";
        }
        httpSession.removeAttribute(PREVIEW + number);
        try {
            redirect.addFlashAttribute("imported", applicationImport.importAll(session, preview.rows(), staff.getName()));
        } catch (RefusedException | DataIntegrityViolationException meanwhile) {
            model.addAttribute("fileError", "import.application.meanwhile");
            return page(session, model);
        }
        return "redirect:/staff/sessions/" + number + "/applications";
    }

    /** A post that is not an upload, or a file over the servlet's limit: say so on the import page. */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String notAnUpload(MultipartException exception, HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Session session = sessions.byNumber(Integer.parseInt(path.replaceAll("^/staff/sessions/(\\d+)/.*$", "$1")));
        model.addAttribute("fileError", exception instanceof MaxUploadSizeExceededException ? "import.file.too-large" : "import.file.empty");
        return page(session, model);
    }

    private static String page(Session session, Model model) {
        model.addAttribute("nationalSession", session);
        model.addAttribute("importColumns", ApplicationImport.COLUMNS);
        return "recruitment/application-import";
    }
}
