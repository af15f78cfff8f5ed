package fr.cohorte.search.internal;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the index lives. {@code lucene}: an embedded index in a folder of this node (one node).
 * {@code elasticsearch}: an Elasticsearch or OpenSearch cluster shared by every node, which then
 * coordinate their indexing through an outbox table in PostgreSQL (README, "Search").
 *
 * @param backend        {@code lucene} or {@code elasticsearch}
 * @param indexDirectory the embedded index's folder
 * @param uris           the cluster's addresses, for {@code elasticsearch}
 */
@ConfigurationProperties("cohorte.search")
public record SearchProperties(Backend backend, Path indexDirectory, List<String> uris, String username, String password) {

    public enum Backend { LUCENE, ELASTICSEARCH }

    public SearchProperties {
        backend = backend == null ? Backend.LUCENE : backend;
        uris = uris == null ? List.of() : uris.stream().map(String::strip).filter(uri -> !uri.isEmpty()).toList();
        if (backend == Backend.ELASTICSEARCH && uris.isEmpty()) {
            throw new IllegalStateException("cohorte.search.backend=elasticsearch needs the cluster's addresses in cohorte.search.uris");
        }
    }
}
