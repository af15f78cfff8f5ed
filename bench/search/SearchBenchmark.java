import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import fr.cohorte.CohorteApplication;
import fr.cohorte.search.Reindexing;
import fr.cohorte.search.SearchHit;
import fr.cohorte.search.SearchQuery;
import fr.cohorte.search.SearchReader;
import fr.cohorte.search.SiteSearch;
import fr.cohorte.web.Paging;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search on 100,000 synthetic French documents (activities of 20 sessions) against PostgreSQL's
 * full-text search on the same rows, in one run of the real application (embedded PostgreSQL, embedded
 * Lucene index on disk). The generator has a fixed seed: every document has a main topic among twelve
 * (cooperatives, employer groups, vocational training...), and its text mixes that topic's words
 * (inflected, accented, elided) with the domain's common words and, now and then, another topic's.
 *
 * Measures: the full reindex (MassIndexer), and the latency of the 50 queries of QUERIES through the
 * search service the page calls (a participant's visibility keys, both facets, highlights, the
 * suggestion when nothing matches), at 1 and 8 concurrent clients; the same queries in PostgreSQL
 * ('french' configuration with unaccent, a GIN index on a stored tsvector, the same visibility filter
 * and facet counts, ts_headline on the ten hits). Precision at 10 on JUDGED: a hit is relevant when its
 * document's main topic is the query's. Prints the median and range over RUNS runs.
 */
public class SearchBenchmark {

    static final long SEED = 20160601L;
    static final int SESSIONS = 20;
    static final int SEMINARS = 5;
    static int documents = 100_000;
    static final int RUNS = 3;
    static final int ROUNDS = 4;

    record Topic(String name, List<String> terms) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("coopératives", List.of("coopérative", "coopératives", "SCOP", "SCIC", "sociétaires", "coopérateurs",
                    "gouvernance coopérative", "l'économie coopérative", "parts sociales", "un associé, une voix", "la coopérative d’activité")),
            new Topic("groupements d'employeurs", List.of("groupement d'employeurs", "groupements d’employeurs", "GEIQ", "emploi partagé",
                    "temps partagé", "salariés mis à disposition", "mutualisation des emplois", "l’employeur", "les employeurs adhérents")),
            new Topic("formation", List.of("formation professionnelle", "formations qualifiantes", "apprentissage", "apprentis",
                    "compétences", "certification", "organismes de formation", "l’alternance", "qualification", "formation continue")),
            new Topic("entreprise libérée", List.of("entreprise libérée", "l'entreprise libérée", "entreprises libérées", "autonomie des équipes",
                    "confiance", "hiérarchie allégée", "management participatif", "salariés responsables")),
            new Topic("dialogue social", List.of("dialogue social", "syndicats", "organisations syndicales", "partenaires sociaux",
                    "négociation", "accord collectif", "instance paritaire", "représentants du personnel", "dialogue social territorial")),
            new Topic("expérimentation territoriale", List.of("expérimentation territoriale", "territoire zéro chômeur", "territoires zéro chômeur",
                    "bassin d’emploi", "collectivités", "élus locaux", "développement local", "intercommunalité", "chômeurs de longue durée")),
            new Topic("ESS", List.of("économie sociale et solidaire", "ESS", "associations", "utilité sociale", "mutuelles",
                    "insertion par l'activité économique", "entreprises d’insertion", "économie solidaire")),
            new Topic("pôles", List.of("pôle de compétitivité", "pôles de compétitivité", "clusters", "innovation", "recherche", "filière",
                    "PME", "grappes d’entreprises", "transfert de technologie")),
            new Topic("transition écologique", List.of("transition écologique", "énergies renouvelables", "économie circulaire", "sobriété",
                    "emplois verts", "rénovation énergétique", "la transition énergétique")),
            new Topic("numérique", List.of("transformation numérique", "plateformes", "données", "télétravail", "compétences numériques",
                    "intelligence artificielle", "l’outil numérique")),
            new Topic("Bavière", List.of("Bavière", "système dual", "Mittelstand", "cogestion", "chambres de commerce", "apprentissage allemand",
                    "Munich", "l’industrie bavaroise")),
            new Topic("Silicon Valley", List.of("Silicon Valley", "start-up", "capital-risque", "incubateurs", "écosystème d’innovation",
                    "Stanford", "les investisseurs")));

    static final List<String> SUBJECTS = List.of("La session", "Les auditeurs", "L'intervenant", "La directrice", "Le témoin",
            "Les acteurs du territoire", "Le représentant de l’État", "Une élue", "Le dirigeant", "Les salariés", "La région",
            "L’audition", "Cette visite", "Le groupe de travail", "La déléguée syndicale", "L'économiste");
    static final List<String> VERBS = List.of("souligne", "présente", "explique", "rappelle", "montre", "décrit", "analyse",
            "interroge", "met en avant", "défend", "questionne", "compare");
    static final List<String> OBJECTS = List.of("les conditions de réussite", "l’emploi", "la coopération entre acteurs",
            "les entreprises", "le territoire", "les politiques publiques", "le développement économique", "une démarche concrète",
            "les résultats obtenus", "les difficultés rencontrées", "les enseignements", "le rôle des pouvoirs publics",
            "les moyens engagés", "la confiance entre partenaires", "les freins", "l'accompagnement des salariés",
            "les financements", "la durée du projet", "les effets sur l’emploi local", "la gouvernance");
    static final List<String> LINKS = List.of("et", "ainsi que", "notamment", "en particulier", "au regard de", "face à", "grâce à");
    static final List<String> TITLE_KINDS = List.of("Audition :", "Visite :", "Rencontre :", "Atelier :", "Table ronde :", "Témoignage :");

    /** Queries with the topic judged relevant (precision at 10). */
    static final Map<String, Integer> JUDGED = Map.ofEntries(
            Map.entry("coopératives", 0), Map.entry("groupement d'employeurs", 1), Map.entry("formation professionnelle", 2),
            Map.entry("entreprise liberee", 3), Map.entry("dialogue social", 4), Map.entry("territoire zéro chômeur", 5),
            Map.entry("economie sociale et solidaire", 6), Map.entry("pôles de compétitivité", 7), Map.entry("transition écologique", 8),
            Map.entry("télétravail", 9), Map.entry("système dual", 10), Map.entry("capital risque", 11),
            Map.entry("cooperatives", 0), Map.entry("emplois partagés", 1), Map.entry("apprentis", 2), Map.entry("entreprises liberees", 3),
            Map.entry("innovation", 7));

    static final List<String> QUERIES = List.of(
            "coopératives", "groupement d'employeurs", "formation professionnelle", "entreprise liberee", "dialogue social",
            "territoire zéro chômeur", "economie sociale et solidaire", "pôles de compétitivité", "transition écologique",
            "télétravail", "système dual", "capital risque", "cooperatives", "emplois partagés", "apprentis", "entreprises liberees",
            "emploi", "salariés", "apprentissage", "Bavière", "innovation", "syndicats", "coopération", "territoires", "mutuelles",
            "ESS", "negociation", "economie circulaire", "\"dialogue social\"", "\"bassin d’emploi\"", "apprentis bavière",
            "start-up incubateurs", "élus locaux développement", "l'alternance", "d’insertion", "cooperatve", "formaton",
            "confiance", "gouvernance", "SCOP SCIC", "chambres de commerce", "plateformes données", "cogestion",
            "rénovation énergétique", "Stanford", "collectivités", "management participatif", "qualification", "accord collectif",
            "filière PME");

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            documents = Integer.parseInt(args[0]);
        }
        Path folder = Path.of("target/bench-search");
        System.out.printf(Locale.ROOT, "Search benchmark: %,d documents, %d cores, load at start %s%n", documents,
                Runtime.getRuntime().availableProcessors(), load());
        // The source launcher loads this file in a loader of its own; the application's classes and proxies live in the class path's.
        ClassLoader application = CohorteApplication.class.getClassLoader();
        Thread.currentThread().setContextClassLoader(application);
        SpringApplication cohorte = new SpringApplication(new org.springframework.core.io.DefaultResourceLoader(application), CohorteApplication.class);
        ConfigurableApplicationContext context = cohorte.run(
                "--server.port=0", "--spring.main.banner-mode=off", "--cohorte.demo.enabled=false",
                "--cohorte.embedded-postgres.data-directory=" + folder.resolve("postgres"),
                "--cohorte.embedded-postgres.clean=true", "--cohorte.embedded-postgres.durable=false",
                "--cohorte.search.index-directory=" + folder.resolve("index"),
                "--cohorte.publication.directory=" + folder.resolve("publications"),
                "--cohorte.publication.warm-up-renderer=false",
                "--cohorte.account.admin-password=Un mot de passe de benchmark assez long",
                "--spring.datasource.hikari.maximum-pool-size=20",
                // Building PostgreSQL's tsvector column over 100,000 rows is one long statement.
                "--cohorte.database.statement-timeout=15min",
                "--spring.datasource.hikari.data-source-properties.socketTimeout=1200",
                "--logging.level.root=WARN");
        try {
            run(context);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    static void run(ConfigurableApplicationContext context) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Reindexing reindexing = context.getBean(Reindexing.class);
        SiteSearch search = context.getBean(SiteSearch.class);
        awaitIdle(reindexing);
        int[] topicOf = generate(jdbc);
        long personId = jdbc.queryForObject("""
                insert into person (given_name, family_name, email) values ('Alice', 'Martin', 'alice@bench.test') returning id""", Long.class);
        long background = context.getBean(fr.cohorte.directory.Backgrounds.class).add("entreprise", "Entreprise", "Company").getId();
        jdbc.update("insert into participant (session_id, person_id, background_id) select id, ?, ? from session where number = 3",
                personId, background);
        long pgBuild = postgresIndex(jdbc);
        System.out.printf(Locale.ROOT, "PostgreSQL: tsvector column and GIN indexes built in %.1f s%n", pgBuild / 1e3);

        List<Double> reindexSeconds = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            reindexing.start(true);
            awaitIdle(reindexing);
            reindexSeconds.add((System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "  reindex run %d: %.1f s (%,d items, load %s)%n", run + 1, reindexSeconds.getLast(),
                    reindexing.progress().done(), load());
        }

        SearchReader participant = new SearchReader(personId, Set.of("ROLE_PARTICIPANT", "PARTICIPANT:3"));
        SearchReader staff = new SearchReader(null, Set.of("ROLE_STAFF"));
        String[] participantKeys = search.keysOf(participant).toArray(String[]::new);
        DataSource dataSource = context.getBean(DataSource.class);

        Callable<Void> warm = () -> {
            for (int round = 0; round < 3; round++) {
                for (String q : QUERIES) {
                    search.find(SearchQuery.of(q), participant, Paging.first(10));
                    postgres(dataSource, q, participantKeys);
                }
            }
            return null;
        };
        warm.call();

        Map<String, List<List<Double>>> figures = new java.util.LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            for (int clients : new int[] {1, 8}) {
                List<Double> lucene = measure(clients, q -> search.find(SearchQuery.of(q), participant, Paging.first(10)));
                List<Double> postgres = measure(clients, q -> postgres(dataSource, q, participantKeys));
                figures.computeIfAbsent("lucene-" + clients, key -> new ArrayList<>()).add(List.of(percentile(lucene, 50), percentile(lucene, 95)));
                figures.computeIfAbsent("postgres-" + clients, key -> new ArrayList<>()).add(List.of(percentile(postgres, 50), percentile(postgres, 95)));
                System.out.printf(Locale.ROOT, "  run %d, %d client(s): Lucene p50 %.2f ms p95 %.2f ms; PostgreSQL p50 %.2f ms p95 %.2f ms (load %s)%n",
                        run + 1, clients, percentile(lucene, 50), percentile(lucene, 95), percentile(postgres, 50), percentile(postgres, 95), load());
            }
        }

        double luceneTotal = 0;
        double postgresTotal = 0;
        System.out.println("Precision at 10 (staff reader, every document visible):");
        for (Map.Entry<String, Integer> judged : JUDGED.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
            List<SearchHit> hits = search.find(SearchQuery.of(judged.getKey()), staff, Paging.first(10)).hits().getContent();
            double lucene = hits.stream().filter(hit -> topicOf[((Long) hit.id()).intValue()] == judged.getValue()).count() / 10.0;
            List<Long> pgIds = postgres(dataSource, judged.getKey(), new String[] {"public", "staff"});
            double postgres = pgIds.stream().filter(id -> topicOf[id.intValue()] == judged.getValue()).count() / 10.0;
            luceneTotal += lucene;
            postgresTotal += postgres;
            System.out.printf(Locale.ROOT, "  %-32s Lucene %.1f  PostgreSQL %.1f%n", judged.getKey(), lucene, postgres);
        }
        System.out.printf(Locale.ROOT, "  mean                             Lucene %.2f  PostgreSQL %.2f%n", luceneTotal / JUDGED.size(),
                postgresTotal / JUDGED.size());

        System.out.println();
        System.out.printf(Locale.ROOT, "Full reindex of %,d documents: median %.1f s [%.1f–%.1f] over %d runs%n", documents,
                median(reindexSeconds), Collections.min(reindexSeconds), Collections.max(reindexSeconds), RUNS);
        for (int clients : new int[] {1, 8}) {
            List<List<Double>> lucene = figures.get("lucene-" + clients);
            List<List<Double>> postgres = figures.get("postgres-" + clients);
            System.out.printf(Locale.ROOT, "%d client(s): Lucene p50 %s ms, p95 %s ms; PostgreSQL p50 %s ms, p95 %s ms; ratio Lucene/PostgreSQL p50 %.2f, p95 %.2f%n",
                    clients, spread(lucene, 0), spread(lucene, 1), spread(postgres, 0), spread(postgres, 1),
                    median(column(lucene, 0)) / median(column(postgres, 0)), median(column(lucene, 1)) / median(column(postgres, 1)));
        }
        System.out.println("Load at the end: " + load());
    }

    interface Query {
        Object run(String q) throws Exception;
    }

    /** Every client runs the 50 queries ROUNDS times, each client in its own order; the latency of each call, in ms. */
    static List<Double> measure(int clients, Query query) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int seed = client;
                futures.add(pool.submit(() -> {
                    List<String> order = new ArrayList<>(QUERIES);
                    Collections.shuffle(order, new Random(seed));
                    List<Double> latencies = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (String q : order) {
                            long start = System.nanoTime();
                            query.run(q);
                            latencies.add((System.nanoTime() - start) / 1e6);
                        }
                    }
                    return latencies;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The same question to PostgreSQL: every word (websearch syntax: quotes for phrases), the reader's keys,
     * the ten best by ts_rank_cd with their headline, the total and the count per session.
     */
    static List<Long> postgres(DataSource dataSource, String q, String[] keys) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     with query as (select websearch_to_tsquery('french_unaccent', ?) as q),
                     hits as (select d.id, d.session, d.title, d.body, ts_rank_cd(d.tsv, query.q) as rank
                              from bench_doc d, query where d.tsv @@ query.q and d.keys && ?)
                     select 'hit' as part, top.id, ts_headline('french_unaccent', top.body, query.q) as headline, 0 as n
                       from (select * from hits order by rank desc, id limit 10) top, query
                     union all select 'session', session, null, count(*) from hits group by session
                     union all select 'total', null, null, count(*) from hits""")) {
            Array array = connection.createArrayOf("text", keys);
            statement.setString(1, q);
            statement.setArray(2, array);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if ("hit".equals(rows.getString(1))) {
                        ids.add(rows.getLong(2));
                    }
                }
            }
            return ids;
        }
    }

    static long postgresIndex(JdbcTemplate jdbc) {
        long start = System.nanoTime();
        jdbc.execute("create extension if not exists unaccent");
        jdbc.execute("create text search configuration french_unaccent (copy = french)");
        jdbc.execute("alter text search configuration french_unaccent alter mapping for hword, hword_part, word with unaccent, french_stem");
        jdbc.execute("""
                create table bench_doc as
                select a.id, a.title, a.description as body, s.number as session,
                       case when a.visibility = 'PUBLIC' then array['public'] else array['cohort:' || s.number, 'staff'] end as keys
                from activity a join seminar m on m.id = a.seminar_id join session s on s.id = m.session_id""");
        jdbc.execute("""
                alter table bench_doc add column tsv tsvector generated always as
                (setweight(to_tsvector('french_unaccent', coalesce(title, '')), 'A') || setweight(to_tsvector('french_unaccent', coalesce(body, '')), 'B')) stored""");
        jdbc.execute("create index bench_doc_tsv on bench_doc using gin (tsv)");
        jdbc.execute("create index bench_doc_keys on bench_doc using gin (keys)");
        jdbc.execute("analyze bench_doc");
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Sessions, seminars and activities, written in SQL (the index learns of them by the full reindex); the topic of each activity id. */
    static int[] generate(JdbcTemplate jdbc) {
        Random random = new Random(SEED);
        List<Long> seminars = new ArrayList<>();
        List<Integer> sessionOf = new ArrayList<>();
        for (int session = 1; session <= SESSIONS; session++) {
            jdbc.update("insert into session (number, theme, start_date, end_date, status) values (?, ?, date '2030-01-01', date '2030-12-31', 'CLOSED')",
                    session, "Session " + session + " : " + TOPICS.get(session % TOPICS.size()).name());
            for (int ordinal = 1; ordinal <= SEMINARS; ordinal++) {
                seminars.add(jdbc.queryForObject("""
                        insert into seminar (session_id, ordinal, title, start_date, end_date, city, country, time_zone)
                        values ((select id from session where number = ?), ?, ?, date '2030-03-01', date '2030-03-05', 'Lyon', 'FR', 'Europe/Paris')
                        returning id""", Long.class, session, ordinal, "Rencontre " + ordinal));
                sessionOf.add(session);
            }
        }
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from activity", Long.class);
        int[] topicOf = new int[(int) firstId + documents];
        List<Object[]> batch = new ArrayList<>();
        long characters = 0;
        for (int document = 0; document < documents; document++) {
            int topic = random.nextInt(TOPICS.size());
            topicOf[(int) firstId + document] = topic;
            String title = title(random, topic);
            String body = body(random, topic);
            characters += body.length();
            Instant start = Instant.parse("2030-03-02T08:00:00Z").plusSeconds(60L * (document % 600));
            batch.add(new Object[] {seminars.get(document % seminars.size()), title, body, Timestamp.from(start),
                    Timestamp.from(start.plusSeconds(3600)), random.nextInt(10) < 7 ? "PUBLIC" : "COHORT"});
            if (batch.size() == 2_000 || document == documents - 1) {
                jdbc.batchUpdate("""
                        insert into activity (seminar_id, type, title, description, starts_at, ends_at, visibility, parallel_track)
                        values (?, 'EXPERT_HEARING', ?, ?, ?, ?, ?, true)""", batch);
                batch.clear();
            }
        }
        System.out.printf(Locale.ROOT, "Generated %,d activities in %d seminars of %d sessions, %,d characters of text on average%n",
                documents, seminars.size(), SESSIONS, characters / documents);
        return topicOf;
    }

    static String title(Random random, int topic) {
        String term = random.nextInt(10) < 8 ? pick(random, TOPICS.get(topic).terms()) : pick(random, OBJECTS);
        return pick(random, TITLE_KINDS) + " " + term + " " + pick(random, LINKS) + " " + pick(random, OBJECTS);
    }

    static String body(Random random, int topic) {
        StringBuilder text = new StringBuilder();
        int sentences = 18 + random.nextInt(16);
        for (int sentence = 0; sentence < sentences; sentence++) {
            text.append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ');
            int roll = random.nextInt(100);
            String object = roll < 40 ? pick(random, TOPICS.get(topic).terms())
                    : roll < 60 ? pick(random, TOPICS.get(random.nextInt(TOPICS.size())).terms())
                    : pick(random, OBJECTS);
            text.append(object).append(' ').append(pick(random, LINKS)).append(' ').append(pick(random, OBJECTS)).append(". ");
        }
        return text.toString().strip();
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static void awaitIdle(Reindexing reindexing) throws InterruptedException {
        do {
            Thread.sleep(200);
        } while (reindexing.progress().running());
    }

    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static List<Double> column(List<List<Double>> rows, int column) {
        return rows.stream().map(row -> row.get(column)).toList();
    }

    static String spread(List<List<Double>> rows, int column) {
        List<Double> values = column(rows, column);
        return String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", median(values), Collections.min(values), Collections.max(values));
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
