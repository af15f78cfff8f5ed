package fr.cohorte.publication;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import fr.cohorte.web.PageSize;
import fr.cohorte.web.Paging;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.SiteAddress;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/** The public catalogue: the list of books, a book's page, its PDF and EPUB, its chapters' pages (the web edition), and their citations. */
@Controller
class CatalogueController {

    private final Publications publications;
    private final PublicationFiles files;
    private final Citations citations;
    private final MessageSource messages;
    private final SiteAddress site;
    private final ChapterHtml html;

    CatalogueController(Publications publications, PublicationFiles files, Citations citations, MessageSource messages,
                        SiteAddress site, ChapterHtml html) {
        this.html = html;
        this.publications = publications;
        this.files = files;
        this.citations = citations;
        this.messages = messages;
        this.site = site;
    }

    @GetMapping("/publications")
    String catalogue(@ModelAttribute("search") CatalogueSearch search, @PageSize(10) Paging paging, Model model) {
        model.addAttribute("publications", publications.search(search, paging));
        model.addAttribute("facets", publications.facets());
        return "publication/catalogue";
    }

    @GetMapping("/publications/{id}")
    String publication(@PathVariable long id, Authentication viewer, Locale locale, Model model) {
        CatalogueEntry entry = publications.entry(id);
        model.addAttribute("publication", entry);
        model.addAttribute("pageUrl", absolute("/publications/" + id));
        model.addAttribute("pdfUrl", absolute("/publications/" + id + "/pdf"));
        model.addAttribute("citation", citations.authorDate(entry, messages.getMessage("publication.citation.editors", null, locale)));
        model.addAttribute("canManage", PublicationAccess.mayManage(viewer, id));
        return "publication/detail";
    }

    /**
     * The PDF, resumable ({@code Range}) and revalidated by its SHA-256 ({@code ETag}). A download
     * counts once: when it starts at the first byte, not when a reader resumes it, and not when the
     * reader's copy is still the current one (304).
     */
    @GetMapping("/publications/{id}/pdf")
    ResponseEntity<Resource> pdf(@PathVariable long id, HttpServletRequest request, WebRequest webRequest) {
        CatalogueEntry entry = publications.entry(id);
        PublicationFile file = files.file(id).orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, id).exception());
        return download(entry, BookFormat.PDF, file.getSha256(), MediaType.APPLICATION_PDF, ".pdf", files.content(file), request, webRequest);
    }

    /** The EPUB, served and counted as the PDF is. */
    @GetMapping("/publications/{id}/epub")
    ResponseEntity<Resource> epub(@PathVariable long id, HttpServletRequest request, WebRequest webRequest) {
        CatalogueEntry entry = publications.entry(id);
        PublicationEpub epub = files.epub(id).orElseThrow(() -> Refusal.notFound(Publications.NOT_FOUND, id).exception());
        return download(entry, BookFormat.EPUB, epub.getSha256(), MediaType.parseMediaType(PublicationEpub.MEDIA_TYPE), ".epub",
                files.content(epub), request, webRequest);
    }

    private ResponseEntity<Resource> download(CatalogueEntry entry, BookFormat format, String sha256, MediaType mediaType,
                                              String extension, Resource content, HttpServletRequest request, WebRequest webRequest) {
        String etag = "\"" + sha256 + "\"";
        if (webRequest.checkNotModified(etag)) {
            return null;
        }
        if ("GET".equals(request.getMethod()) && startsAtFirstByte(request.getHeader(HttpHeaders.RANGE))) {
            files.countDownload(entry.id(), format);
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(CacheControl.noCache().cachePublic())
                .contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(Citations.key(entry) + extension))
                .body(content);
    }

    /** The book's citation for reference managers: {@code citation.bib}, {@code citation.ris} or {@code citation.json}. */
    @GetMapping("/publications/{id}/citation.{format:bib|ris|json}")
    ResponseEntity<String> citation(@PathVariable long id, @PathVariable String format) {
        return citation(publications.entry(id), null, Citations.Format.ofExtension(format), "/publications/" + id);
    }

    /** A chapter's citation, as a part of the book, in the same formats. */
    @GetMapping("/publications/{id}/chapters/{number}/citation.{format:bib|ris|json}")
    ResponseEntity<String> chapterCitation(@PathVariable long id, @PathVariable int number, @PathVariable String format) {
        Publications.WebChapter chapter = publications.chapter(id, number);
        return citation(chapter.book(), chapter.chapter(), Citations.Format.ofExtension(format), chapterPath(id, number));
    }

    private ResponseEntity<String> citation(CatalogueEntry entry, CatalogueEntry.ChapterEntry chapter, Citations.Format format,
                                            String citedPath) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(Citations.key(entry, chapter) + "." + format.extension()))
                .body(citations.write(format, entry, chapter, absolute(citedPath)));
    }

    /**
     * A chapter's page in the web edition: its text as the book prints it, its authors, its own
     * citation and Scholar tags, the chapters before and after it, and the book's files.
     */
    @GetMapping("/publications/{id}/chapters/{number}")
    String chapter(@PathVariable long id, @PathVariable int number, Locale locale, Model model) {
        Publications.WebChapter chapter = publications.chapter(id, number);
        CatalogueEntry entry = chapter.book();
        model.addAttribute("publication", entry);
        model.addAttribute("chapter", chapter.chapter());
        model.addAttribute("previous", chapter.previous().orElse(null));
        model.addAttribute("next", chapter.next().orElse(null));
        model.addAttribute("html", html.of(chapter.markdown(), entry, locale));
        model.addAttribute("pageUrl", absolute(chapterPath(id, number)));
        model.addAttribute("bookUrl", absolute("/publications/" + id));
        model.addAttribute("pdfUrl", absolute("/publications/" + id + "/pdf"));
        model.addAttribute("citation", citations.authorDate(entry, chapter.chapter(),
                messages.getMessage("publication.citation.editors", null, locale), messages.getMessage("publication.citation.in", null, locale)));
        return "publication/chapter";
    }

    private static String chapterPath(long id, int number) {
        return "/publications/" + id + "/chapters/" + number;
    }

    private static boolean startsAtFirstByte(String range) {
        return range == null || range.replace(" ", "").startsWith("bytes=0-");
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
    }

    /** A link for citations and the Scholar and Dublin Core tags, from the configured address: a client chooses its Host. */
    private String absolute(String path) {
        return site.link(path);
    }
}
