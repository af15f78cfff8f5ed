package fr.cohorte.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import fr.cohorte.web.DocumentIntake;
import fr.cohorte.web.Irreversible;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import fr.cohorte.web.ScopedAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff attach files to an activity; staff and the session's participants download them. */
@Controller
class ActivityDocumentController {

    static final String ACTIVITY = "/staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}";

    private final ActivityDocuments documents;
    private final ProgrammeEditor editor;
    private final ProgrammeConsequences consequences;
    private final DocumentIntake intake;

    ActivityDocumentController(ActivityDocuments documents, ProgrammeEditor editor, ProgrammeConsequences consequences,
                               DocumentIntake intake) {
        this.intake = intake;
        this.documents = documents;
        this.editor = editor;
        this.consequences = consequences;
    }

    @PostMapping(ACTIVITY + "/documents")
    String upload(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity,
                  HttpServletRequest request, RedirectAttributes redirect) throws IOException {
        String edit = "redirect:/staff/sessions/" + number + "/seminars/" + seminar + "/activities/" + activity + "/edit#documents";
        MultipartFile file = request instanceof MultipartHttpServletRequest upload ? upload.getFile("file") : null;
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("documentError", Refusal.invalid(DocumentIntake.EMPTY));
            return edit;
        }
        editor.activity(number, seminar, activity);
        try {
            documents.attach(activity, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("documentSaved", file.getOriginalFilename());
        } catch (RefusedException refused) {
            if (refused.refusal().kind() != Refusal.Kind.INVALID) {
                throw refused;
            }
            redirect.addFlashAttribute("documentError", refused.refusal());
            redirect.addFlashAttribute("documentName", file.getOriginalFilename());
        }
        return edit;
    }

    /** Which file deleting would remove, and from which activity; nothing is deleted yet. */
    @GetMapping(ACTIVITY + "/documents/{document:\\d{1,18}}/delete")
    String deletion(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity,
                    @PathVariable long document, Model model) {
        return consequences.ofDeletingDocument(number, seminar, activity, document).show(model);
    }

    @Irreversible
    @PostMapping(ACTIVITY + "/documents/{document:\\d{1,18}}/delete")
    String delete(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity,
                  @PathVariable long document, RedirectAttributes redirect) {
        editor.activity(number, seminar, activity);
        documents.remove(activity, document);
        redirect.addFlashAttribute("documentDeleted", true);
        return "redirect:/staff/sessions/" + number + "/seminars/" + seminar + "/activities/" + activity + "/edit#documents";
    }

    /** A post that is not an upload, or a file over the servlet's limit: back to the activity, saying so. */
    @ExceptionHandler(MultipartException.class)
    String notAnUpload(MultipartException exception, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("documentError", exception instanceof MaxUploadSizeExceededException
                ? intake.tooLarge() : Refusal.invalid(DocumentIntake.EMPTY));
        String activity = request.getRequestURI().substring(0, request.getRequestURI().lastIndexOf("/documents"));
        return "redirect:" + activity + "/edit#documents";
    }

    /** For staff and participants of the activity's session; anyone else is told it does not exist. */
    @GetMapping("/documents/activities/{document:\\d{1,18}}")
    ResponseEntity<byte[]> download(@PathVariable long document, Authentication viewer) {
        ActivityDocument found = documents.download(document)
                .filter(candidate -> mayRead(viewer, candidate.getActivity().getSeminar().getSession().getNumber()))
                .orElseThrow(() -> Refusal.notFound(ActivityDocuments.DOCUMENT_NOT_FOUND, document).exception());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(found.getFileName(), StandardCharsets.UTF_8).build().toString())
                .body(found.getContent());
    }

    private static boolean mayRead(Authentication viewer, int sessionNumber) {
        return ScopedAccess.staffOr(viewer, ScopedAccess.PARTICIPANT, sessionNumber);
    }
}
