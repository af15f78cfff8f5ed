package fr.cohorte.search.internal;

import fr.cohorte.search.Findable;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Keeps out of the index what has no entry (an erased person): when an item loses its entry, its
 * document is deleted in the same indexing work as any other change.
 */
class EntryRouting implements RoutingBinder {

    private final String[] uses;

    EntryRouting(String[] uses) {
        this.uses = uses.clone();
    }

    @Override
    public void bind(RoutingBindingContext context) {
        for (String path : uses) {
            context.dependencies().use(path);
        }
        context.bridge(Findable.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Findable> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Findable entity, RoutingBridgeRouteContext context) {
            if (entity.searchEntry().isPresent()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Findable entity, RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
