package fr.cohorte.search.internal;

import java.net.URI;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's settings from Cohorte's: one backend, chosen by configuration, with the French
 * analysis; with a cluster, the outbox-polling coordination, so that every node's changes reach the
 * index once, in order, even when a node dies before indexing them (its outbox rows stay in PostgreSQL).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchSettings {

    @Bean
    HibernatePropertiesCustomizer searchBackend(SearchProperties search) {
        return properties -> {
            switch (search.backend()) {
                case LUCENE -> {
                    properties.put("hibernate.search.backend.type", "lucene");
                    properties.put("hibernate.search.backend.analysis.configurer", new LuceneFrenchAnalysis());
                    if (!"local-heap".equals(properties.get("hibernate.search.backend.directory.type"))) {
                        properties.putIfAbsent("hibernate.search.backend.directory.root", search.indexDirectory().toString());
                    }
                }
                case ELASTICSEARCH -> {
                    properties.put("hibernate.search.backend.type", "elasticsearch");
                    properties.put("hibernate.search.backend.analysis.configurer", new ElasticsearchFrenchAnalysis());
                    URI first = URI.create(search.uris().getFirst());
                    properties.put("hibernate.search.backend.protocol", first.getScheme());
                    properties.put("hibernate.search.backend.hosts", search.uris().stream().map(URI::create)
                            .map(URI::getAuthority).collect(Collectors.joining(",")));
                    if (search.username() != null && !search.username().isBlank()) {
                        properties.put("hibernate.search.backend.username", search.username());
                        properties.put("hibernate.search.backend.password", search.password());
                    }
                    properties.put("hibernate.search.coordination.strategy", "outbox-polling");
                }
            }
        };
    }
}
