package fr.cohorte.account;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.web.SitePage;
import fr.cohorte.web.SitePages;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator rewrites one of the footer's pages in the institution's own words, audited with
 * what each title and text was and became. The pages live in {@code web}, which audits nothing; the
 * administrator's change is recorded here, where it is made.
 */
@Service
@Transactional
class RewriteSitePage {

    private final SitePages pages;
    private final AuditTrail audit;

    RewriteSitePage(SitePages pages, AuditTrail audit) {
        this.pages = pages;
        this.audit = audit;
    }

    /** Refused with {@link ObjectOptimisticLockingFailureException}, changing nothing, when somebody saved the page since {@code seenVersion}. */
    public SitePage rewrite(String slug, long seenVersion, String titleFr, String titleEn, String bodyFr, String bodyEn) {
        Texts before = pages.bySlug(slug).map(Texts::of).orElse(null);
        SitePage page = pages.rewrite(slug, seenVersion, titleFr, titleEn, bodyFr, bodyEn);
        audit.record(AuditAction.UPDATED, "site-page:" + slug, AuditDetail.of("audit.detail.site-page.updated", page.getTitleFr())
                .changedFields("audit.field.site-page.", before, Texts.of(page)));
        return page;
    }

    private record Texts(String titleFr, String titleEn, String bodyFr, String bodyEn) {

        static Texts of(SitePage page) {
            return new Texts(page.getTitleFr(), page.getTitleEn(), page.getBodyFr(), page.getBodyEn());
        }
    }
}
