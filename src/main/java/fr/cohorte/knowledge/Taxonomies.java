package fr.cohorte.knowledge;

import java.util.ArrayList;
import java.util.List;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.knowledge.internal.TaxonomyTermRepository;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The configurable lists of the registry: staff add, rename, reorder and retire terms. */
@Service
public class Taxonomies {

    /** The refusal of a term that is in no list. */
    public static final String TERM_NOT_FOUND = "taxonomy.refused.term-not-found";

    private final TaxonomyTermRepository terms;
    private final PracticeEditors editors;
    private final AuditTrail audit;

    Taxonomies(TaxonomyTermRepository terms, PracticeEditors editors, AuditTrail audit) {
        this.terms = terms;
        this.editors = editors;
        this.audit = audit;
    }

    /** Every term of a list, retired ones included, in their order. */
    @Transactional(readOnly = true)
    public List<TaxonomyTerm> all(Taxonomy taxonomy) {
        return terms.findByTaxonomyOrderByPositionAscIdAsc(taxonomy);
    }

    /** The terms offered to a practice being edited: the current ones, and those it already carries. */
    @Transactional(readOnly = true)
    public List<TaxonomyTerm> offered(Taxonomy taxonomy, java.util.Collection<Long> carried) {
        return all(taxonomy).stream().filter(term -> !term.isRetired() || carried.contains(term.getId())).toList();
    }

    @Transactional(readOnly = true)
    public TaxonomyTerm term(long id) {
        return terms.findById(id).orElseThrow(() -> Refusal.notFound(Taxonomies.TERM_NOT_FOUND, id).exception());
    }

    @Transactional
    public TaxonomyTerm add(Taxonomy taxonomy, String nameFr, String nameEn) {
        editors.checkStaff();
        checkNames(nameFr, nameEn);
        if (terms.existsByTaxonomyAndNameFrIgnoreCase(taxonomy, nameFr.strip())) {
            throw Refusal.invalid("taxonomy.name.taken").on("nameFr").exception();
        }
        List<TaxonomyTerm> list = all(taxonomy);
        int last = list.isEmpty() ? 0 : list.getLast().getPosition();
        TaxonomyTerm term = terms.save(new TaxonomyTerm(taxonomy, nameFr, nameEn, last + 1));
        audit.record(AuditAction.CREATED, "taxonomy-term:" + term.getId(), AuditDetail.of("audit.detail.taxonomy-term.added", term.getNameFr())
                .changed("audit.field.taxonomy-term.taxonomy", null, "taxonomy." + taxonomy));
        return term;
    }

    @Transactional
    public void rename(long id, String nameFr, String nameEn) {
        editors.checkStaff();
        checkNames(nameFr, nameEn);
        TaxonomyTerm term = term(id);
        if (!term.getNameFr().equalsIgnoreCase(nameFr.strip()) && terms.existsByTaxonomyAndNameFrIgnoreCase(term.getTaxonomy(), nameFr.strip())) {
            throw Refusal.invalid("taxonomy.name.taken").on("nameFr").exception();
        }
        String frenchBefore = term.getNameFr();
        String englishBefore = term.getNameEn();
        term.rename(nameFr, nameEn);
        audit.record(AuditAction.UPDATED, "taxonomy-term:" + id, AuditDetail.of("audit.detail.taxonomy-term.renamed", term.getNameFr())
                .changed("audit.field.taxonomy-term.nameFr", frenchBefore, term.getNameFr())
                .changed("audit.field.taxonomy-term.nameEn", englishBefore, term.getNameEn()));
    }

    /** Moves a term one place up ({@code -1}) or down ({@code +1}) in its list. */
    @Transactional
    public void move(long id, int direction) {
        editors.checkStaff();
        TaxonomyTerm term = term(id);
        List<TaxonomyTerm> list = new ArrayList<>(all(term.getTaxonomy()));
        int from = list.indexOf(term);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= list.size()) {
            return;
        }
        list.add(to, list.remove(from));
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i + 1);
        }
        audit.record(AuditAction.UPDATED, "taxonomy-term:" + id, AuditDetail.of("audit.detail.taxonomy-term.moved", term.getNameFr())
                .changed("audit.field.taxonomy-term.position", from + 1, to + 1));
    }

    /** Retires a term: no longer offered, still shown on the practices that carry it. */
    @Transactional
    public void retire(long id) {
        editors.checkStaff();
        TaxonomyTerm term = term(id);
        term.retire();
        audit.record(AuditAction.UPDATED, "taxonomy-term:" + id, AuditDetail.of("audit.detail.taxonomy-term.retired", term.getNameFr()));
    }

    @Transactional
    public void reinstate(long id) {
        editors.checkStaff();
        TaxonomyTerm term = term(id);
        term.reinstate();
        audit.record(AuditAction.UPDATED, "taxonomy-term:" + id, AuditDetail.of("audit.detail.taxonomy-term.reinstated", term.getNameFr()));
    }

    private static void checkNames(String nameFr, String nameEn) {
        if (nameFr == null || nameFr.isBlank() || nameFr.strip().length() > 200) {
            throw Refusal.invalid(nameFr == null || nameFr.isBlank() ? "field.required" : "field.too-long").on("nameFr").exception();
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.strip().length() > 200) {
            throw Refusal.invalid(nameEn == null || nameEn.isBlank() ? "field.required" : "field.too-long").on("nameEn").exception();
        }
    }
}
