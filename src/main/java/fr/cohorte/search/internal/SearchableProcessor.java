package fr.cohorte.search.internal;

import fr.cohorte.search.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.TypeMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/** Turns {@link Searchable} into Hibernate Search's mapping: an index named after the kind, the entry's fields. */
public class SearchableProcessor implements TypeMappingAnnotationProcessor<Searchable> {

    @Override
    public void process(TypeMappingStep mapping, Searchable annotation, TypeMappingAnnotationProcessorContext context) {
        if (!annotation.kind().matches("[a-z-]+") || annotation.uses().length == 0) {
            throw new IllegalStateException("@Searchable needs a kind of lower-case letters and hyphens and the properties it uses");
        }
        mapping.indexed().index(annotation.kind()).routingBinder(new EntryRouting(annotation.uses()));
        mapping.binder(new EntryBinder(annotation.kind(), annotation.uses()));
    }
}
