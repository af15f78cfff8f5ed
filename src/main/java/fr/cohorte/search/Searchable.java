package fr.cohorte.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.cohorte.search.internal.SearchableProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorRef;

/**
 * Marks an entity that the site's search finds. The entity implements {@link Findable}, which says
 * what a hit shows and who may see it; the index follows its changes on its own, through Hibernate
 * Search, provided {@link #uses()} names every property that {@link Findable#searchEntry()} reads.
 * <pre>{@code
 * @Entity
 * @Searchable(kind = "practice", uses = {"title", "description", "status", "session.number"})
 * public class Practice implements Findable { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TypeMapping(processor = @TypeMappingAnnotationProcessorRef(type = SearchableProcessor.class))
public @interface Searchable {

    /**
     * What the item is, as the kind facet names it ({@code search.kind.<kind>} in the message bundles):
     * lower-case letters and hyphens. It is also the name of the entity's index.
     */
    String kind();

    /**
     * The properties the search entry is made of, as paths from the entity ({@code "title"},
     * {@code "seminar.session.number"}): a change to any of them writes the entry again. A path through
     * an association needs its inverse side ({@code mappedBy}), or the association marked
     * {@code @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)} when the module reindexes
     * by itself ({@link SearchIndex}) what changes on the other side.
     */
    String[] uses();
}
