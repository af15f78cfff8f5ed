package fr.cohorte.publication;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.web.SiteAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OAI-PMH 2.0 endpoint as a harvester sees it. No copy of the protocol's XML schema ships in a
 * Maven artifact, so the specification's rules are written here as XPath assertions: namespaces,
 * responseDate, the request element, the verbs' answers, resumption tokens and error codes.
 * The test profile pages records two at a time.
 */
// A database of its own: the test adds books at known times and counts every record harvested.
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.test.database=oai"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OaiPmhTest {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String IDENTIFIER_PREFIX = "oai:cohorte.localhost:publication/";

    @LocalServerPort
    int port;

    @Autowired
    SiteAddress site;

    @Autowired
    JdbcTemplate jdbc;

    WebClient web;
    long demoBook;
    long cereq;

    @BeforeAll
    void fourMoreBooksChangedAtKnownTimes() {
        web = new WebClient(port);
        demoBook = jdbc.queryForObject("select id from publication", Long.class);
        cereq = jdbc.queryForObject("select id from organisation where short_name = 'Céreq'", Long.class);
        jdbc.update("update publication set modified_at = '2024-03-01T09:00:00Z' where id = ?", demoBook);
        for (String modified : List.of("2020-01-15T10:00:00Z", "2021-06-01T00:00:00Z", "2022-12-31T23:59:59Z", "2025-07-14T12:30:00Z")) {
            jdbc.update("insert into publication (title, year, language, modified_at) values (?, 2026, 'fr', ?::timestamptz)",
                    "Ouvrage modifié le " + modified, modified);
        }
    }

    @Test
    void identifyDescribesTheRepository() throws Exception {
        Document response = oai("verb=Identify");

        assertEnvelope(response, "Identify");
        assertThat(text(response, "/oai:OAI-PMH/oai:Identify/oai:baseURL")).isEqualTo(baseUrl());
        assertThat(text(response, "/oai:OAI-PMH/oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
        assertThat(text(response, "/oai:OAI-PMH/oai:Identify/oai:adminEmail")).isEqualTo("admin@cohorte.test");
        assertThat(text(response, "/oai:OAI-PMH/oai:Identify/oai:earliestDatestamp")).isEqualTo("2020-01-15T10:00:00Z");
        assertThat(text(response, "/oai:OAI-PMH/oai:Identify/oai:deletedRecord")).isEqualTo("no");
        assertThat(text(response, "/oai:OAI-PMH/oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(text(response, "/oai:OAI-PMH/oai:Identify/oai:repositoryName")).isNotBlank();
    }

    @Test
    void theOnlyFormatIsUnqualifiedDublinCore() throws Exception {
        Document response = oai("verb=ListMetadataFormats&identifier=" + IDENTIFIER_PREFIX + demoBook);

        assertEnvelope(response, "ListMetadataFormats");
        assertThat(texts(response, "//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc");
        assertThat(text(response, "//oai:metadataFormat/oai:metadataNamespace")).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
        assertThat(text(response, "//oai:metadataFormat/oai:schema")).isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
    }

    @Test
    void setsExistPerSessionAndPerPublisher() throws Exception {
        Document response = oai("verb=ListSets");

        assertEnvelope(response, "ListSets");
        assertThat(texts(response, "//oai:set/oai:setSpec")).contains("session", "session:34", "publisher", "publisher:" + cereq, "chapters");
        assertThat(text(response, "//oai:set[oai:setSpec='chapters']/oai:setName")).isEqualTo("Chapitres d’ouvrages");
        assertThat(text(response, "//oai:set[oai:setSpec='session:34']/oai:setName")).isEqualTo("34e session nationale");
        assertThat(text(response, "//oai:set[oai:setSpec='publisher:" + cereq + "']/oai:setName")).isEqualTo("Céreq");
    }

    @Test
    void aRecordIsTheBookInDublinCore() throws Exception {
        Document response = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + IDENTIFIER_PREFIX + demoBook);

        assertEnvelope(response, "GetRecord");
        assertThat(text(response, "/oai:OAI-PMH/oai:request/@identifier")).isEqualTo(IDENTIFIER_PREFIX + demoBook);
        assertThat(text(response, "//oai:record/oai:header/oai:identifier")).isEqualTo(IDENTIFIER_PREFIX + demoBook);
        assertThat(text(response, "//oai:record/oai:header/oai:datestamp")).isEqualTo("2024-03-01T09:00:00Z");
        assertThat(texts(response, "//oai:record/oai:header/oai:setSpec")).containsExactly("session:34", "publisher:" + cereq,
                "publisher:" + jdbc.queryForObject("select id from organisation where short_name = 'Intefp'", Long.class));
        Element dc = (Element) node(response, "//oai:record/oai:metadata/oai_dc:dc");
        assertThat(dc).as("oai_dc:dc in its namespace").isNotNull();
        assertThat(dc.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation"))
                .isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        assertThat(text(response, "//oai_dc:dc/dc:title")).startsWith("Construire des espaces de coopération").contains(" : Travaux de la 34e session");
        assertThat(texts(response, "//oai_dc:dc/dc:creator")).containsExactly("Rosenfeld, P.-L.", "Aubert, J.-P.");
        assertThat(texts(response, "//oai_dc:dc/dc:publisher")).containsExactly("Céreq", "Intefp");
        assertThat(text(response, "//oai_dc:dc/dc:date")).isEqualTo("2016");
        assertThat(text(response, "//oai_dc:dc/dc:language")).isEqualTo("fr");
        assertThat(texts(response, "//oai_dc:dc/dc:identifier")).contains(site.link("/publications/" + demoBook));
        assertThat(texts(response, "//oai_dc:dc/dc:subject")).contains("coopération");
        assertThat(text(response, "//oai_dc:dc/dc:rights")).isEqualTo("https://creativecommons.org/licenses/by-nc-nd/4.0/");
        assertThat(texts(response, "//oai_dc:dc/*")).allSatisfy(value -> assertThat(value).isNotBlank());
    }

    @Test
    void aHarvesterFollowsResumptionTokensToTheEndOfTheList() throws Exception {
        List<String> identifiers = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        Document page = oai("verb=ListIdentifiers&metadataPrefix=oai_dc");
        assertEnvelope(page, "ListIdentifiers");
        while (true) {
            identifiers.addAll(texts(page, "//oai:header/oai:identifier"));
            cursors.add(text(page, "//oai:resumptionToken/@cursor"));
            assertThat(text(page, "//oai:resumptionToken/@completeListSize")).as("five books and the demo book's three chapters").isEqualTo("8");
            String token = text(page, "//oai:resumptionToken");
            if (token.isEmpty()) {
                break;
            }
            page = oai("verb=ListIdentifiers&resumptionToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            assertEnvelope(page, "ListIdentifiers");
            assertThat(text(page, "/oai:OAI-PMH/oai:request/@resumptionToken")).isEqualTo(token);
        }

        assertThat(identifiers).hasSize(8).doesNotHaveDuplicates().contains(IDENTIFIER_PREFIX + demoBook, chapter(3));
        assertThat(cursors).containsExactly("0", "2", "4", "6");
    }

    @Test
    void listRecordsGivesWholeRecordsPageByPage() throws Exception {
        Document first = oai("verb=ListRecords&metadataPrefix=oai_dc");

        assertEnvelope(first, "ListRecords");
        assertThat(nodes(first, "//oai:ListRecords/oai:record").getLength()).isEqualTo(2);
        assertThat(nodes(first, "//oai:record/oai:metadata/oai_dc:dc/dc:title").getLength()).isEqualTo(2);
        assertThat(text(first, "//oai:resumptionToken")).isNotEmpty();
    }

    @Test
    void datesAndSetsSelectTheRecordsHarvested() throws Exception {
        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2021-06-01&until=2022-12-31")).hasSize(2);
        assertThat(text(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2022-12-31T23:59:59Z&until=2024-03-01T09:00:00Z"),
                "//oai:resumptionToken/@completeListSize")).as("two books, and the demo book's chapters, changed with it").isEqualTo("5");
        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&until=2020-01-15")).hasSize(1);
        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=session:34")).containsExactly(IDENTIFIER_PREFIX + demoBook);
        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=session")).containsExactly(IDENTIFIER_PREFIX + demoBook);
        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=publisher:" + cereq)).containsExactly(IDENTIFIER_PREFIX + demoBook);
    }

    @Test
    void chaptersAreRecordsOfTheirOwnSetPartOfTheirBook() throws Exception {
        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=chapters")).as("the first page of two")
                .containsExactly(chapter(1), chapter(2));
        Document all = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=chapters");
        Document rest = oai("verb=ListIdentifiers&resumptionToken=" + URLEncoder.encode(text(all, "//oai:resumptionToken"), StandardCharsets.UTF_8));
        assertThat(texts(rest, "//oai:header/oai:identifier")).containsExactly(chapter(3));
        assertThat(text(rest, "//oai:resumptionToken/@completeListSize")).isEqualTo("3");
        assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=session:34"))
                .as("the session's set holds its book, not each chapter").containsExactly(IDENTIFIER_PREFIX + demoBook);

        Document response = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + chapter(2));

        assertEnvelope(response, "GetRecord");
        assertThat(text(response, "//oai:record/oai:header/oai:identifier")).isEqualTo(chapter(2));
        assertThat(text(response, "//oai:record/oai:header/oai:datestamp")).isEqualTo("2024-03-01T09:00:00Z");
        assertThat(texts(response, "//oai:record/oai:header/oai:setSpec")).containsExactly("chapters");
        assertThat(text(response, "//oai_dc:dc/dc:title")).isEqualTo("Coopérer autrement : de nouveaux espaces de coopération");
        assertThat(texts(response, "//oai_dc:dc/dc:type")).containsExactly("Text", "bookPart");
        assertThat(texts(response, "//oai_dc:dc/dc:contributor")).containsExactly("Rosenfeld, P.-L.", "Aubert, J.-P.");
        assertThat(texts(response, "//oai_dc:dc/dc:publisher")).containsExactly("Céreq", "Intefp");
        assertThat(texts(response, "//oai_dc:dc/dc:identifier")).contains(site.link("/publications/" + demoBook + "/chapters/2"));
        assertThat(texts(response, "//oai_dc:dc/dc:relation")).as("the book it is part of").contains(site.link("/publications/" + demoBook));
        assertThat(text(response, "//oai_dc:dc/dc:description")).startsWith("Pour s'adapter au changement permanent");
        assertThat(texts(response, "//oai_dc:dc/*")).allSatisfy(value -> assertThat(value).isNotBlank());
        assertError("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + chapter(9), "idDoesNotExist", true);
    }

    private String chapter(int number) {
        return IDENTIFIER_PREFIX + demoBook + "/chapter/" + number;
    }

    @Test
    void badRequestsGetTheProtocolsErrorCodes() throws Exception {
        assertError("", "badVerb", false);
        assertError("verb=Harvest", "badVerb", false);
        assertError("verb=Identify&verb=ListSets", "badVerb", false);
        assertError("verb=Identify&metadataPrefix=oai_dc", "badArgument", false);
        assertError("verb=ListRecords", "badArgument", false);
        assertError("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z", "badArgument", false);
        assertError("verb=ListRecords&metadataPrefix=oai_dc&from=2021-02-30", "badArgument", false);
        assertError("verb=ListRecords&metadataPrefix=oai_dc&from=2022-01-01&until=2021-01-01", "badArgument", false);
        assertError("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument", false);
        assertError("verb=GetRecord&identifier=" + IDENTIFIER_PREFIX + demoBook, "badArgument", false);
        assertError("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat", true);
        assertError("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + IDENTIFIER_PREFIX + "999999", "idDoesNotExist", true);
        assertError("verb=GetRecord&metadataPrefix=oai_dc&identifier=urn:isbn:123", "idDoesNotExist", true);
        assertError("verb=ListMetadataFormats&identifier=" + IDENTIFIER_PREFIX + "999999", "idDoesNotExist", true);
        assertError("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2100-01-01", "noRecordsMatch", true);
        assertError("verb=ListIdentifiers&metadataPrefix=oai_dc&set=session:12", "noRecordsMatch", true);
        assertError("verb=ListIdentifiers&resumptionToken=pas-un-jeton", "badResumptionToken", true);
        assertError("verb=ListSets&resumptionToken=pas-un-jeton", "badResumptionToken", true);
    }

    @Test
    void harvestersMayPostTheirRequestsWithoutASession() throws Exception {
        HttpResponse<String> response = web.send(web.request("/oai")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + IDENTIFIER_PREFIX + demoBook)));

        assertThat(response.statusCode()).isEqualTo(200);
        Document document = parse(response.body());
        assertEnvelope(document, "GetRecord");
        assertThat(text(document, "//oai:header/oai:identifier")).isEqualTo(IDENTIFIER_PREFIX + demoBook);
    }

    /** What every response must be: the OAI-PMH root in its namespace, a UTC responseDate, the request echoed. */
    private void assertEnvelope(Document response, String verb) throws Exception {
        Element root = response.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(OAI);
        assertThat(root.getLocalName()).isEqualTo("OAI-PMH");
        assertThat(root.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation"))
                .isEqualTo("http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        assertThat(text(response, "name(/oai:OAI-PMH/*[1])")).isEqualTo("responseDate");
        assertThat(text(response, "/oai:OAI-PMH/oai:responseDate")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(text(response, "name(/oai:OAI-PMH/*[2])")).isEqualTo("request");
        assertThat(text(response, "/oai:OAI-PMH/oai:request")).isEqualTo(baseUrl());
        assertThat(text(response, "/oai:OAI-PMH/oai:request/@verb")).isEqualTo(verb);
        assertThat(nodes(response, "/oai:OAI-PMH/*").getLength()).as("responseDate, request and one answer").isEqualTo(3);
        assertThat(text(response, "local-name(/oai:OAI-PMH/*[3])")).isEqualTo(verb);
        assertThat(nodes(response, "//oai:error").getLength()).isZero();
    }

    private void assertError(String query, String code, boolean requestEchoed) throws Exception {
        Document response = oai(query);
        assertThat(response.getDocumentElement().getNamespaceURI()).isEqualTo(OAI);
        assertThat(text(response, "/oai:OAI-PMH/oai:responseDate")).as(query).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(text(response, "/oai:OAI-PMH/oai:request")).isEqualTo(baseUrl());
        assertThat(text(response, "/oai:OAI-PMH/oai:error/@code")).as(query).isEqualTo(code);
        assertThat(text(response, "/oai:OAI-PMH/oai:error")).as(query).isNotBlank();
        assertThat(nodes(response, "/oai:OAI-PMH/oai:request/@*").getLength() > 0)
                .as(query + ": the request is echoed only when it was a valid one").isEqualTo(requestEchoed);
        assertThat(nodes(response, "/oai:OAI-PMH/*").getLength()).as(query + ": nothing but the error").isEqualTo(3);
    }

    private List<String> identifiers(String query) throws Exception {
        Document response = oai(query);
        assertEnvelope(response, "ListIdentifiers");
        return texts(response, "//oai:header/oai:identifier");
    }

    private Document oai(String query) throws Exception {
        HttpResponse<String> response = web.send(web.request("/oai" + (query.isEmpty() ? "" : "?" + query)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml;charset=UTF-8");
        return parse(response.body());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The endpoint's address as configured (COHORTE_BASE_URL), which harvesters store: never the request's host. */
    private String baseUrl() {
        return site.link("/oai");
    }

    private static String text(Document document, String expression) throws Exception {
        return (String) xpath().evaluate(expression, document, XPathConstants.STRING);
    }

    private static Object node(Document document, String expression) throws Exception {
        return xpath().evaluate(expression, document, XPathConstants.NODE);
    }

    private static NodeList nodes(Document document, String expression) throws Exception {
        return (NodeList) xpath().evaluate(expression, document, XPathConstants.NODESET);
    }

    private static List<String> texts(Document document, String expression) throws Exception {
        NodeList found = nodes(document, expression);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            values.add(found.item(i).getTextContent());
        }
        return values;
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        Map<String, String> namespaces = Map.of("oai", OAI, "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
                "dc", "http://purl.org/dc/elements/1.1/");
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return namespaces.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceUri) {
                return null;
            }
        });
        return xpath;
    }
}
