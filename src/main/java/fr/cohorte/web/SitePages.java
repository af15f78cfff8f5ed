package fr.cohorte.web;

import java.util.List;
import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The footer's pages (accessibility statement, legal notice, personal data, cookies), which an
 * administrator writes in the institution's own words. Their text is plain: paragraphs separated by
 * a blank line, shown as text, never as markup.
 */
@Service
public class SitePages {

    /** The refusal of an address that names no page of the site. */
    public static final String NOT_FOUND = "site.refused.page-not-found";


    private final SitePageRepository pages;

    SitePages(SitePageRepository pages) {
        this.pages = pages;
    }

    @Transactional(readOnly = true)
    public List<SitePage> all() {
        return pages.findAllByOrderByPositionAsc();
    }

    @Transactional(readOnly = true)
    public Optional<SitePage> bySlug(String slug) {
        return pages.findById(slug);
    }

    /**
     * Replaces a page's titles and texts, provided nobody saved it since {@code seenVersion} was read;
     * otherwise throws {@link ObjectOptimisticLockingFailureException} and changes nothing.
     */
    @Transactional
    public SitePage rewrite(String slug, long seenVersion, String titleFr, String titleEn, String bodyFr, String bodyEn) {
        SitePage page = pages.findById(slug).orElseThrow();
        EditConflicts.requireSeen(page.getVersion(), seenVersion, SitePage.class, slug);
        page.rewrite(titleFr, titleEn, normalise(bodyFr), normalise(bodyEn));
        return page;
    }

    /** Line ends as one types them in any browser (CRLF) become plain ones, so that paragraphs split on blank lines. */
    private static String normalise(String body) {
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }
}
