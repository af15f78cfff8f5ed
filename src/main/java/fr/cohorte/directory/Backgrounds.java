package fr.cohorte.directory;

import java.util.List;
import java.util.Optional;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;
import fr.cohorte.directory.internal.BackgroundRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
        audit.record(AuditAction.CREATED, "background:" + background.getId(), code + " – " + labelFr);
        return background;
    }

    @Transactional
    public Background rename(Long id, long seenVersion, String labelFr, String labelEn) {
        Background background = repository.findById(id).orElseThrow(() -> new NotFoundInDirectoryException("background", id));
        if (background.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Background.class, id);
        }
        checkUnique(id, null, labelFr, labelEn);
        background.rename(labelFr, labelEn);
        audit.record(AuditAction.UPDATED, "background:" + id, background.getCode() + " – " + labelFr);
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
            throw new NotFoundInDirectoryException("background", id);
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
        audit.record(AuditAction.UPDATED, "background:" + id, moved.getCode() + " moved " + (step < 0 ? "up" : "down"));
    }

    private void checkUnique(Long id, String code, String labelFr, String labelEn) {
        for (Background existing : repository.findAll()) {
            if (existing.getId().equals(id)) {
                continue;
            }
            if (code != null && existing.getCode().equalsIgnoreCase(code)) {
                throw new DuplicateHorizonException("code");
            }
            if (existing.getLabelFr().equalsIgnoreCase(labelFr)) {
                throw new DuplicateHorizonException("labelFr");
            }
            if (existing.getLabelEn().equalsIgnoreCase(labelEn)) {
                throw new DuplicateHorizonException("labelEn");
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
