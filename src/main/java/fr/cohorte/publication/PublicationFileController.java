package fr.cohorte.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where staff and the publication's coordinators make the file the catalogue serves: render it from
 * the chapters (in the background, with its progress) or upload a PDF made elsewhere.
 */
@Controller
class PublicationFileController {

    private final Publications publications;
    private final PublicationFiles files;
    private final BookRendering rendering;
    private final MessageSource messages;
    private final Chapters chapters;

    PublicationFileController(Publications publications, PublicationFiles files, BookRendering rendering, MessageSource messages,
                              Chapters chapters) {
        this.publications = publications;
        this.chapters = chapters;
        this.files = files;
        this.rendering = rendering;
        this.messages = messages;
    }

    @GetMapping("/publications/{id}/manage")
    String manage(@PathVariable long id, Model model) {
        return page(id, model);
    }

    /** The rendering's progress, polled by the page while it runs. */
    @GetMapping("/publications/{id}/manage/rendering")
    String progress(@PathVariable long id, Model model) {
        publications.entry(id);
        model.addAttribute("publicationId", id);
        model.addAttribute("rendering", rendering.latest(id).orElse(null));
        return "publication/manage :: rendering";
    }

    @PostMapping("/publications/{id}/manage/render")
    String render(@PathVariable long id, RedirectAttributes redirect) {
        rendering.start(id);
        return "redirect:/publications/" + id + "/manage";
    }

    @PostMapping("/publications/{id}/manage/upload")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            return rejected(id, Refusal.invalid(PublicationFiles.UPLOAD_EMPTY), model);
        }
        try (InputStream content = file.getInputStream()) {
            files.upload(id, file.getSize(), content);
        } catch (RefusedException rejection) {
            if (rejection.refusal().kind() != Refusal.Kind.INVALID) {
                throw rejection;
            }
            return rejected(id, rejection.refusal(), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("uploaded", file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
        return "redirect:/publications/" + id + "/manage";
    }

    /** A file over the servlet's limit never reaches {@link #upload}: say so on the same page. */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String notAnUpload(MultipartException exception, jakarta.servlet.http.HttpServletRequest request, Model model) {
        @SuppressWarnings("unchecked")
        var variables = (java.util.Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        long id = Long.parseLong(variables.get("id"));
        return rejected(id, exception instanceof MaxUploadSizeExceededException
                ? files.tooLarge() : Refusal.invalid(PublicationFiles.UPLOAD_EMPTY), model);
    }

    private String rejected(long id, Refusal rejection, Model model) {
        model.addAttribute("uploadError", rejection);
        return page(id, model);
    }

    private String readableSize(long bytes, Locale locale) {
        return messages.getMessage(PublicationFiles.readableSize(bytes), locale);
    }

    private String page(long id, Model model) {
        model.addAttribute("publication", publications.entry(id));
        model.addAttribute("publicationId", id);
        model.addAttribute("rendering", rendering.latest(id).orElse(null));
        model.addAttribute("downloads", files.downloads(id, BookFormat.PDF));
        model.addAttribute("epubDownloads", files.downloads(id, BookFormat.EPUB));
        model.addAttribute("chapterStates", chapters.states(id));
        model.addAttribute("maxUpload", readableSize(files.maxUploadBytes(), LocaleContextHolder.getLocale()));
        return "publication/manage";
    }
}
