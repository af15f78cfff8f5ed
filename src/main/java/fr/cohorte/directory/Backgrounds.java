package fr.cohorte.directory;

import java.util.List;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditDetail;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.BackgroundRepository;
import fr.cohorte.web.EditConflicts;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The configured horizons, in the order the institute lists them. Administrators add them, rename
 * them and change their order; a horizon is never deleted, since applications, participants and
 * past groups refer to it, and its code (what imports and the mixing API use) never changes.
 */
@Service
@Transactional(readOnly = true)
public class Backgrounds {

    /** The refusal of a horizon number that names no horizon. */
    public static final String NOT_FOUND = "directory.refused.horizon-not-found";
    /** The refusal of a code, French label or English label that another horizon already has. */
    public static final String DUPLICATE_CODE = "directory.refused.horizon-duplicate.code";
    public static final String DUPLICATE_LABEL_FR = "directory.refused.horizon-duplicate.label-fr";
    public static final String DUPLICATE_LABEL_EN = "directory.refused.horizon-duplicate.label-en";

    private final BackgroundRepository repository;
    private final AuditTrail audit;

    Backgrounds(BackgroundRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public Optional<Background> byId(Long id) {
        return repository.findById(id);
    }

    /** A new horizon at the end of the list; refused when its code or one of its labels is already taken. */
    @Transactional
    public Background add(String code, String labelFr, String labelEn) {
        checkUnique(null, code, labelFr, labelEn);
        int position = repository.findAllByOrderByPositionAsc().stream().mapToInt(Background::getPosition).max().orElse(0) + 1;
        Background background = repository.save(new Background(code, labelFr, labelEn, position));
        audit.record(AuditAction.CREATED, "background:" + background.getId(), AuditDetail.of("audit.detail.background.created",
                background.getCode(), background.getLabelFr(), background.getLabelEn()));
        return background;
    }

    @Transactional
    public Background rename(Long id, long seenVersion, String labelFr, String labelEn) {
        Background background = repository.findById(id).orElseThrow(() -> Refusal.notFound(NOT_FOUND, id).exception());
        EditConflicts.requireSeen(background.getVersion(), seenVersion, Background.class, id);
        checkUnique(id, null, labelFr, labelEn);
        String frBefore = background.getLabelFr();
        String enBefore = background.getLabelEn();
        background.rename(labelFr, labelEn);
        audit.record(AuditAction.UPDATED, "background:" + id, AuditDetail.of("audit.detail.background.renamed", background.getCode())
                .changed("audit.field.background.labelFr", frBefore, background.getLabelFr())
                .changed("audit.field.background.labelEn", enBefore, background.getLabelEn()));
        return background;
    }

    /** Moves a horizon one place up (towards the start, {@code -1}) or down ({@code +1}); at an end, nothing moves. */
    @Transactional
    public void move(Long id, int step) {
        List<Background> ordered = repository.findAllByOrderByPositionAsc();
        int index = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId().equals(id)) {
                index = i;
            }
        }
        if (index < 0) {
            throw Refusal.notFound(NOT_FOUND, id).exception();
        }
        int other = index + Integer.signum(step);
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        Background moved = ordered.get(index);
        Background neighbour = ordered.get(other);
        int position = moved.getPosition();
        moved.moveTo(neighbour.getPosition());
        neighbour.moveTo(position);
        audit.record(AuditAction.UPDATED, "background:" + id, AuditDetail.of("audit.detail.background.moved", moved.getCode())
                .changed("audit.field.background.position", position, moved.getPosition()));
    }

    private void checkUnique(Long id, String code, String labelFr, String labelEn) {
        for (Background existing : repository.findAll()) {
            if (existing.getId().equals(id)) {
                continue;
            }
            if (code != null && existing.getCode().equalsIgnoreCase(code)) {
                throw Refusal.invalid(DUPLICATE_CODE).exception();
            }
            if (existing.getLabelFr().equalsIgnoreCase(labelFr)) {
                throw Refusal.invalid(DUPLICATE_LABEL_FR).exception();
            }
            if (existing.getLabelEn().equalsIgnoreCase(labelEn)) {
                throw Refusal.invalid(DUPLICATE_LABEL_EN).exception();
            }
        }
    }

    public List<Background> all() {
        return repository.findAllByOrderByPositionAsc();
    }

    /** The horizon a spreadsheet cell names by its code or its label in either language, case ignored. */
    public Optional<Background> byCodeOrLabel(String text) {
        return repository.findByCodeOrLabel(text.trim());
    }
}
