package fr.cohorte.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The saved versions of edited entities (Hibernate Envers), newest first, with who saved them. */
@Service
@Transactional(readOnly = true)
public class EntityHistory {

    /** One saved version: when, by whom, and whether it created, changed or deleted the entity. */
    public record Change(String entity, Object id, int revision, Instant at, String author, RevisionType type) {
    }

    private final EntityManager entityManager;

    EntityHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The versions of one entity. */
    public List<Change> of(Class<?> type, Object id) {
        return changes(type, AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList());
    }

    /** The latest versions of every entity of a type. */
    public List<Change> latest(Class<?> type, int count) {
        return changes(type, AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(count)
                .getResultList());
    }

    private List<Change> changes(Class<?> type, List<?> rows) {
        return rows.stream().map(row -> {
            Object[] cells = (Object[]) row;
            Revision revision = (Revision) cells[1];
            Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(cells[0]);
            return new Change(type.getSimpleName(), id, revision.getRev(), Instant.ofEpochMilli(revision.getRevtstmp()),
                    revision.getAuthor(), (RevisionType) cells[2]);
        }).toList();
    }
}
