package fr.cohorte.search.internal;

import java.util.List;

import fr.cohorte.search.Findable;
import fr.cohorte.search.SearchEntry;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/** Declares the fields every index has ({@link SearchFields}) and writes an entity's {@link SearchEntry} into them. */
class EntryBinder implements TypeBinder {

    private final String kind;
    private final String[] uses;

    EntryBinder(String kind, String[] uses) {
        this.kind = kind;
        this.uses = uses.clone();
    }

    @Override
    public void bind(TypeBindingContext context) {
        if (!context.bridgedElement().isAssignableTo(Findable.class)) {
            throw new IllegalStateException(context.bridgedElement().rawType().getName() + " is @Searchable but not Findable");
        }
        for (String path : uses) {
            context.dependencies().use(path);
        }
        IndexFieldTypeFactory types = context.typeFactory();
        IndexSchemaElement schema = context.indexSchemaElement();
        var stemmed = types.asString().analyzer(SearchFields.FRENCH).toIndexFieldType();
        var exact = types.asString().analyzer(SearchFields.FRENCH_EXACT).searchAnalyzer(SearchFields.FRENCH_EXACT_QUERY)
                .projectable(Projectable.YES).highlightable(List.of(Highlightable.ANY)).toIndexFieldType();
        var stored = types.asString().projectable(Projectable.YES).searchable(Searchable.NO).toIndexFieldType();
        Fields fields = new Fields(
                schema.field(SearchFields.TITLE, stemmed).toReference(),
                schema.field(SearchFields.TITLE_EXACT, exact).toReference(),
                schema.field(SearchFields.TEXT, stemmed).toReference(),
                schema.field(SearchFields.TEXT_EXACT, exact).toReference(),
                schema.field(SearchFields.KIND, types.asString().normalizer(SearchFields.FOLDED)
                        .aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference(),
                schema.field(SearchFields.SESSION, types.asInteger().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference(),
                schema.field(SearchFields.URL, stored).toReference(),
                schema.field(SearchFields.LINKS, stored).multiValued().toReference(),
                schema.field(SearchFields.VISIBILITY, types.asString()).multiValued().toReference());
        context.bridge(Findable.class, new Bridge(kind, fields));
    }

    private record Fields(IndexFieldReference<String> title, IndexFieldReference<String> titleExact,
                          IndexFieldReference<String> text, IndexFieldReference<String> textExact,
                          IndexFieldReference<String> kind, IndexFieldReference<Integer> session,
                          IndexFieldReference<String> url, IndexFieldReference<String> links,
                          IndexFieldReference<String> visibility) {
    }

    private record Bridge(String kind, Fields fields) implements TypeBridge<Findable> {

        @Override
        public void write(DocumentElement target, Findable entity, TypeBridgeWriteContext context) {
            entity.searchEntry().ifPresent(entry -> {
                target.addValue(fields.title(), entry.title());
                target.addValue(fields.titleExact(), entry.title());
                target.addValue(fields.text(), entry.text());
                target.addValue(fields.textExact(), entry.text());
                target.addValue(fields.kind(), kind);
                target.addValue(fields.session(), entry.session());
                target.addValue(fields.url(), entry.url());
                entry.urlsForKey().forEach((key, url) -> target.addValue(fields.links(), key + " " + url));
                entry.visibleTo().forEach(key -> target.addValue(fields.visibility(), key));
            });
        }
    }
}
