package fr.cohorte.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cover image: uploaded (with its alternative text) on the metadata page, shown by the catalogue. */
@Controller
class PublicationCoverController {

    private final PublicationCovers covers;

    PublicationCoverController(PublicationCovers covers) {
        this.covers = covers;
    }

    @PostMapping("/publications/{id}/manage/cover")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String alternativeText, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw covers.empty().exception();
            }
            if (file.getSize() > covers.maxBytes()) {
                throw covers.tooLarge().exception();
            }
            covers.upload(id, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes(), alternativeText);
            redirect.addFlashAttribute("coverSaved", "publication.cover.saved");
        } catch (RefusedException rejection) {
            if (rejection.refusal().field() == null) {
                throw rejection;
            }
            // The page shows the message under its field and keeps the alternative text typed.
            redirect.addFlashAttribute("coverErrorField", rejection.refusal().field());
            redirect.addFlashAttribute("coverError", rejection.refusal());
            redirect.addFlashAttribute("coverAlternativeText", alternativeText == null ? "" : alternativeText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/publications/" + id + "/manage/metadata#cover";
    }

    @PostMapping("/publications/{id}/manage/cover/remove")
    String remove(@PathVariable long id) {
        covers.remove(id);
        return "redirect:/publications/" + id + "/manage/metadata#cover";
    }

    /** The cover as uploaded; its URL carries the cover's id, so it may be cached for long. */
    @GetMapping("/publications/{id}/cover")
    ResponseEntity<byte[]> cover(@PathVariable long id) {
        return covers.cover(id)
                .map(cover -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(cover.getContentType()))
                        .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
                        .body(cover.getContent()))
                .orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, id).exception());
    }
}
