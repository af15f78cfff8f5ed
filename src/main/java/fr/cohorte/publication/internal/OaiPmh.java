package fr.cohorte.publication.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.cohorte.publication.CatalogueEntry;
import fr.cohorte.publication.PersonName;
import fr.cohorte.publication.PublicationProperties;
import fr.cohorte.publication.Publications;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The OAI-PMH 2.0 repository of the catalogue: the six verbs, Dublin Core records ({@code oai_dc}),
 * sets per session ({@code session:34}) and per co-publisher ({@code publisher:12}), date ranges on
 * the records' last modification, and resumption tokens. Tokens carry the whole request and the
 * position reached, so any node can continue a harvest and nothing is kept between requests.
 * <p>
 * Each chapter is a record too ({@code oai:…:publication/12/chapter/2}), in the set {@code chapters},
 * related to its book ({@code dc:relation}), so that harvesters can index a book chapter by chapter.
 * Its datestamp is the book's: editing a chapter changes the book.
 */
@Component
public class OaiPmh {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String METADATA_PREFIX = "oai_dc";
    static final String CHAPTERS_SET = "chapters";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** What follows the repository's prefix in an identifier: a book, or a book's chapter. */
    private static final Pattern RECORD_PATH = Pattern.compile("publication/(\\d{1,18})(?:/chapter/(\\d{1,9}))?");
    private static final Pattern SECOND = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final Map<String, Set<String>> ARGUMENTS = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of("identifier"),
            "ListSets", Set.of("resumptionToken"),
            "GetRecord", Set.of("identifier", "metadataPrefix"),
            "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
            "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

    private final Publications publications;
    private final PublicationProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    OaiPmh(Publications publications, PublicationProperties properties, MessageSource messages, Clock clock) {
        this.publications = publications;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Answers one request.
     *
     * @param baseUrl    the endpoint's address, echoed in the response
     * @param parameters every parameter of the request with all its values (GET query or POST form)
     */
    public String answer(String baseUrl, Map<String, List<String>> parameters) {
        Response response = new Response(baseUrl);
        try {
            handle(parameters, response);
        } catch (ProtocolError error) {
            response.error(error);
        }
        return response.xml();
    }

    private void handle(Map<String, List<String>> parameters, Response response) {
        List<String> verbs = parameters.getOrDefault("verb", List.of());
        if (verbs.size() != 1 || !ARGUMENTS.containsKey(verbs.getFirst())) {
            throw new ProtocolError("badVerb", verbs.isEmpty() ? "The verb argument is missing"
                    : verbs.size() > 1 ? "The verb argument is repeated" : "Unknown verb: " + verbs.getFirst());
        }
        String verb = verbs.getFirst();
        Map<String, String> arguments = new TreeMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().equals("verb")) {
                continue;
            }
            if (!ARGUMENTS.get(verb).contains(parameter.getKey())) {
                throw new ProtocolError("badArgument", "Illegal argument for " + verb + ": " + parameter.getKey());
            }
            if (parameter.getValue().size() != 1) {
                throw new ProtocolError("badArgument", "Repeated argument: " + parameter.getKey());
            }
            arguments.put(parameter.getKey(), parameter.getValue().getFirst());
        }
        if (arguments.containsKey("resumptionToken") && arguments.size() > 1) {
            throw new ProtocolError("badArgument", "resumptionToken is an exclusive argument");
        }
        response.echo(verb, arguments);
        switch (verb) {
            case "Identify" -> identify(response);
            case "ListMetadataFormats" -> listMetadataFormats(arguments, response);
            case "ListSets" -> listSets(arguments, response);
            case "GetRecord" -> getRecord(arguments, response);
            default -> list(verb.equals("ListRecords"), arguments, response);
        }
    }

    private void identify(Response response) {
        Instant earliest = publications.all().stream().map(CatalogueEntry::modifiedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(clock.instant());
        response.open("Identify");
        response.element("repositoryName", properties.oaiRepositoryName());
        response.element("baseURL", response.baseUrl);
        response.element("protocolVersion", "2.0");
        response.element("adminEmail", properties.oaiAdminEmail());
        response.element("earliestDatestamp", SECONDS.format(earliest));
        response.element("deletedRecord", "no");
        response.element("granularity", "YYYY-MM-DDThh:mm:ssZ");
        response.close();
    }

    private void listMetadataFormats(Map<String, String> arguments, Response response) {
        if (arguments.containsKey("identifier")) {
            record(arguments.get("identifier"));
        }
        response.open("ListMetadataFormats");
        response.open("metadataFormat");
        response.element("metadataPrefix", METADATA_PREFIX);
        response.element("schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        response.element("metadataNamespace", OAI_DC);
        response.close();
        response.close();
    }

    private void listSets(Map<String, String> arguments, Response response) {
        if (arguments.containsKey("resumptionToken")) {
            throw new ProtocolError("badResumptionToken", "The list of sets comes whole: there is nothing to resume");
        }
        Map<String, String> sets = new LinkedHashMap<>();
        List<CatalogueEntry> all = publications.all();
        sets.put("session", messages.getMessage("oai.set.sessions", null, Locale.FRENCH));
        all.stream().map(CatalogueEntry::sessionNumber).filter(Objects::nonNull).distinct().sorted()
                .forEach(number -> sets.put("session:" + number, messages.getMessage("session.title", new Object[] {number}, Locale.FRENCH)));
        sets.put("publisher", messages.getMessage("oai.set.publishers", null, Locale.FRENCH));
        all.stream().flatMap(entry -> entry.publishers().stream()).distinct()
                .sorted(Comparator.comparing(CatalogueEntry.Publisher::id))
                .forEach(publisher -> sets.put("publisher:" + publisher.id(), publisher.name()));
        sets.put(CHAPTERS_SET, messages.getMessage("oai.set.chapters", null, Locale.FRENCH));
        response.open("ListSets");
        sets.forEach((spec, name) -> {
            response.open("set");
            response.element("setSpec", spec);
            response.element("setName", name);
            response.close();
        });
        response.close();
    }

    private void getRecord(Map<String, String> arguments, Response response) {
        if (!arguments.containsKey("identifier") || !arguments.containsKey("metadataPrefix")) {
            throw new ProtocolError("badArgument", "GetRecord needs identifier and metadataPrefix");
        }
        requireSupported(arguments.get("metadataPrefix"));
        Item item = record(arguments.get("identifier"));
        response.open("GetRecord");
        record(item, response);
        response.close();
    }

    private void list(boolean records, Map<String, String> arguments, Response response) {
        Harvest harvest = arguments.containsKey("resumptionToken")
                ? Harvest.resume(arguments.get("resumptionToken"))
                : Harvest.start(arguments);
        requireSupported(harvest.metadataPrefix());
        List<Item> matching = items().stream().filter(harvest::matches).toList();
        if (matching.isEmpty()) {
            throw new ProtocolError("noRecordsMatch", "No record matches these arguments");
        }
        if (harvest.offset() >= matching.size()) {
            throw new ProtocolError("badResumptionToken", "This resumption token is past the end of the list");
        }
        int end = Math.min(harvest.offset() + properties.oaiPageSize(), matching.size());
        response.open(records ? "ListRecords" : "ListIdentifiers");
        for (Item item : matching.subList(harvest.offset(), end)) {
            if (records) {
                record(item, response);
            } else {
                header(item, response);
            }
        }
        if (harvest.offset() > 0 || end < matching.size()) {
            response.resumptionToken(end < matching.size() ? harvest.at(end).token() : "", matching.size(), harvest.offset());
        }
        response.close();
    }

    private static void requireSupported(String metadataPrefix) {
        if (!METADATA_PREFIX.equals(metadataPrefix)) {
            throw new ProtocolError("cannotDisseminateFormat", "Only oai_dc is disseminated, not " + metadataPrefix);
        }
    }

    /**
     * A record of the repository: a book, or one of its chapters. Each book comes before its chapters,
     * books oldest first, so the list harvesters page through keeps its order.
     */
    record Item(CatalogueEntry book, CatalogueEntry.ChapterEntry chapter) {

        String path() {
            return "publication/" + book.id() + (chapter == null ? "" : "/chapter/" + chapter.number());
        }

        Instant datestamp() {
            return book.modifiedAt();
        }

        List<String> setSpecs() {
            return chapter == null ? OaiPmh.setSpecs(book) : List.of(CHAPTERS_SET);
        }
    }

    private List<Item> items() {
        return publications.all().stream()
                .flatMap(book -> Stream.concat(Stream.of(new Item(book, null)),
                        book.chapters().stream().map(chapter -> new Item(book, chapter))))
                .toList();
    }

    private Item record(String identifier) {
        String prefix = "oai:" + properties.oaiRepositoryIdentifier() + ":";
        Matcher path = identifier.startsWith(prefix) ? RECORD_PATH.matcher(identifier.substring(prefix.length())) : null;
        if (path != null && path.matches()) {
            long id = Long.parseLong(path.group(1));
            Optional<CatalogueEntry> entry = publications.all().stream().filter(e -> e.id() == id).findFirst();
            if (entry.isPresent() && path.group(2) == null) {
                return new Item(entry.get(), null);
            }
            Optional<CatalogueEntry.ChapterEntry> chapter = entry.flatMap(book -> book.chapter(Integer.parseInt(path.group(2))));
            if (chapter.isPresent()) {
                return new Item(entry.get(), chapter.get());
            }
        }
        throw new ProtocolError("idDoesNotExist", "No record has the identifier " + identifier);
    }

    private String identifier(Item item) {
        return "oai:" + properties.oaiRepositoryIdentifier() + ":" + item.path();
    }

    private void header(Item item, Response response) {
        response.open("header");
        response.element("identifier", identifier(item));
        response.element("datestamp", SECONDS.format(item.datestamp()));
        item.setSpecs().forEach(spec -> response.element("setSpec", spec));
        response.close();
    }

    private void record(Item item, Response response) {
        String site = response.baseUrl.replaceFirst("/oai$", "");
        String bookUrl = site + "/publications/" + item.book().id();
        response.open("record");
        header(item, response);
        response.open("metadata");
        if (item.chapter() == null) {
            response.dublinCore(item.book(), bookUrl);
        } else {
            response.dublinCore(item.book(), item.chapter(), bookUrl + "/chapters/" + item.chapter().number(), bookUrl);
        }
        response.close();
        response.close();
    }

    static List<String> setSpecs(CatalogueEntry entry) {
        List<String> specs = new java.util.ArrayList<>();
        if (entry.sessionNumber() != null) {
            specs.add("session:" + entry.sessionNumber());
        }
        entry.publishers().forEach(publisher -> specs.add("publisher:" + publisher.id()));
        return specs;
    }

    /** What a list request asks for, and where it has got to: all a resumption token needs to hold. */
    record Harvest(String metadataPrefix, String set, String from, String until, int offset) {

        static Harvest start(Map<String, String> arguments) {
            if (!arguments.containsKey("metadataPrefix")) {
                throw new ProtocolError("badArgument", "metadataPrefix is required");
            }
            Harvest harvest = new Harvest(arguments.get("metadataPrefix"), arguments.get("set"), arguments.get("from"),
                    arguments.get("until"), 0);
            harvest.checkDates();
            return harvest;
        }

        static Harvest resume(String token) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
                if (parts.length != 6 || !parts[0].equals("v1")) {
                    throw new IllegalArgumentException("Not a token of ours");
                }
                Harvest harvest = new Harvest(parts[1], emptyToNull(parts[2]), emptyToNull(parts[3]), emptyToNull(parts[4]),
                        Integer.parseInt(parts[5]));
                harvest.checkDates();
                if (harvest.offset <= 0) {
                    throw new IllegalArgumentException("A token always points past the first page");
                }
                return harvest;
            } catch (IllegalArgumentException | ProtocolError e) {
                throw new ProtocolError("badResumptionToken", "The resumption token is invalid");
            }
        }

        Harvest at(int newOffset) {
            return new Harvest(metadataPrefix, set, from, until, newOffset);
        }

        String token() {
            String raw = String.join("\n", "v1", metadataPrefix, nullToEmpty(set), nullToEmpty(from), nullToEmpty(until),
                    Integer.toString(offset));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        boolean matches(Item item) {
            Predicate<String> inSet = spec -> spec.equals(set) || spec.startsWith(set + ":");
            Instant datestamp = item.datestamp().truncatedTo(ChronoUnit.SECONDS);
            return (set == null || item.setSpecs().stream().anyMatch(inSet))
                    && (from == null || !datestamp.isBefore(instant(from, false)))
                    && (until == null || !datestamp.isAfter(instant(until, true)));
        }

        private void checkDates() {
            if (from != null && !isDate(from) || until != null && !isDate(until)) {
                throw new ProtocolError("badArgument", "Dates are YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ");
            }
            if (from != null && until != null) {
                if (from.length() != until.length()) {
                    throw new ProtocolError("badArgument", "from and until must have the same granularity");
                }
                if (instant(from, false).isAfter(instant(until, true))) {
                    throw new ProtocolError("badArgument", "from is later than until");
                }
            }
        }

        private static boolean isDate(String value) {
            if (!DAY.matcher(value).matches() && !SECOND.matcher(value).matches()) {
                return false;
            }
            try {
                instant(value, false);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        /** A day stands for its first second as a lower bound and its last second as an upper one. */
        private static Instant instant(String value, boolean upperBound) {
            if (value.length() == 10) {
                Instant start = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                return upperBound ? start.plus(1, ChronoUnit.DAYS).minusSeconds(1) : start;
            }
            return Instant.parse(value);
        }

        private static String emptyToNull(String value) {
            return value.isEmpty() ? null : value;
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    static final class ProtocolError extends RuntimeException {

        final String code;

        ProtocolError(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /**
     * The response document. The verb's part is written as the request is handled, into its own
     * buffer: whether the request element echoes the arguments depends on an error that may only
     * show up later, so the envelope is written last.
     */
    private final class Response {

        final String baseUrl;
        private final StringWriter out = new StringWriter();
        private final XMLStreamWriter xml;
        private String verb;
        private Map<String, String> arguments;
        private ProtocolError error;
        private final StringWriter body = new StringWriter();
        private final XMLStreamWriter content;

        Response(String baseUrl) {
            this.baseUrl = baseUrl;
            try {
                XMLOutputFactory factory = XMLOutputFactory.newFactory();
                this.xml = factory.createXMLStreamWriter(out);
                this.content = factory.createXMLStreamWriter(body);
                content.setDefaultNamespace(OAI);
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }

        void echo(String verb, Map<String, String> arguments) {
            this.verb = verb;
            this.arguments = arguments;
        }

        void error(ProtocolError error) {
            this.error = error;
        }

        void open(String name) {
            write(() -> content.writeStartElement(OAI, name));
        }

        void close() {
            write(content::writeEndElement);
        }

        void element(String name, String text) {
            write(() -> {
                content.writeStartElement(OAI, name);
                content.writeCharacters(text);
                content.writeEndElement();
            });
        }

        void resumptionToken(String token, int completeListSize, int cursor) {
            write(() -> {
                content.writeStartElement(OAI, "resumptionToken");
                content.writeAttribute("completeListSize", Integer.toString(completeListSize));
                content.writeAttribute("cursor", Integer.toString(cursor));
                content.writeCharacters(token);
                content.writeEndElement();
            });
        }

        void dublinCore(CatalogueEntry entry, String pageUrl) {
            write(() -> {
                startDublinCore();
                dc("title", entry.fullTitle());
                for (PersonName creator : entry.creators()) {
                    dc("creator", creator.inverted());
                }
                for (PersonName contributor : entry.chapterAuthors()) {
                    dc("contributor", contributor.inverted());
                }
                for (String keyword : entry.keywords()) {
                    dc("subject", keyword);
                }
                dc("description", entry.summary());
                for (CatalogueEntry.Publisher publisher : entry.publishers()) {
                    dc("publisher", publisher.name());
                }
                dc("date", entry.year() == null ? null : entry.year().toString());
                dc("type", "Text");
                dc("type", "book");
                for (CatalogueEntry.Download edition : entry.downloads()) {
                    dc("format", edition.mediaType());
                }
                dc("identifier", pageUrl);
                for (String isbn : entry.isbns().values()) {
                    dc("identifier", "urn:isbn:" + isbn);
                }
                dc("identifier", entry.doiUrl());
                dc("language", entry.language().getLanguage());
                dc("rights", entry.licence().url() != null ? entry.licence().url() : entry.licence().label());
                content.writeEndElement();
            });
        }

        /**
         * A chapter in Dublin Core: its own title, authors, summary and identifiers; the book's
         * publishers, date, language and rights; and the book it is part of as {@code dc:relation}
         * (its page, ISBNs and DOI), since unqualified Dublin Core has no {@code isPartOf}.
         */
        void dublinCore(CatalogueEntry book, CatalogueEntry.ChapterEntry chapter, String pageUrl, String bookUrl) {
            write(() -> {
                startDublinCore();
                dc("title", chapter.title());
                for (PersonName creator : chapter.authors()) {
                    dc("creator", creator.inverted());
                }
                for (PersonName editor : book.coordinators()) {
                    dc("contributor", editor.inverted());
                }
                for (String keyword : book.keywords()) {
                    dc("subject", keyword);
                }
                dc("description", chapter.summary());
                for (CatalogueEntry.Publisher publisher : book.publishers()) {
                    dc("publisher", publisher.name());
                }
                dc("date", book.year() == null ? null : book.year().toString());
                dc("type", "Text");
                dc("type", "bookPart");
                dc("format", "text/html");
                dc("identifier", pageUrl);
                dc("identifier", chapter.doiUrl());
                dc("language", book.language().getLanguage());
                dc("relation", bookUrl);
                for (String isbn : book.isbns().values()) {
                    dc("relation", "urn:isbn:" + isbn);
                }
                dc("relation", book.doiUrl());
                dc("rights", book.licence().url() != null ? book.licence().url() : book.licence().label());
                content.writeEndElement();
            });
        }

        private void startDublinCore() throws XMLStreamException {
            content.writeStartElement("oai_dc", "dc", OAI_DC);
            content.writeNamespace("oai_dc", OAI_DC);
            content.writeNamespace("dc", DC);
            content.writeNamespace("xsi", XSI);
            content.writeAttribute("xsi", XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        }

        private void dc(String name, String value) throws XMLStreamException {
            if (value != null && !value.isBlank()) {
                content.writeStartElement("dc", name, DC);
                content.writeCharacters(value);
                content.writeEndElement();
            }
        }

        String xml() {
            try {
                content.flush();
                xml.writeStartDocument("UTF-8", "1.0");
                xml.setDefaultNamespace(OAI);
                xml.writeStartElement(OAI, "OAI-PMH");
                xml.writeDefaultNamespace(OAI);
                xml.writeNamespace("xsi", XSI);
                xml.writeAttribute("xsi", XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
                xml.writeStartElement(OAI, "responseDate");
                xml.writeCharacters(SECONDS.format(clock.instant()));
                xml.writeEndElement();
                xml.writeStartElement(OAI, "request");
                // After badVerb or badArgument the request is not echoed: it is not a valid request.
                boolean echo = verb != null && (error == null || !Set.of("badVerb", "badArgument").contains(error.code));
                if (echo) {
                    xml.writeAttribute("verb", verb);
                    for (Map.Entry<String, String> argument : arguments.entrySet()) {
                        xml.writeAttribute(argument.getKey(), argument.getValue());
                    }
                }
                xml.writeCharacters(baseUrl);
                xml.writeEndElement();
                if (error != null) {
                    xml.writeStartElement(OAI, "error");
                    xml.writeAttribute("code", error.code);
                    xml.writeCharacters(error.getMessage());
                    xml.writeEndElement();
                    xml.writeEndElement();
                    xml.writeEndDocument();
                    xml.flush();
                    return out.toString();
                }
                xml.flush();
                String head = out.toString();
                return head + body + "</OAI-PMH>";
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }

        private void write(XmlStep step) {
            try {
                step.run();
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
