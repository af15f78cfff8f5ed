package fr.cohorte.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.publication.PublicationFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that is not a trusted proxy (only 192.0.2.1 is, here) sends X-Forwarded-* headers of
 * its own making: none of them changes a link, a redirect, a mail, the scheme or the client address.
 */
@CohorteTest(properties = {"cohorte.demo.enabled=true", "cohorte.site.trusted-proxies=192.0.2.1"})
class UntrustedForwardedHeadersTest {

    static final byte[] SMALL_PDF = TestPdfs.onePage();

    @LocalServerPort
    int port;

    @Autowired
    SiteAddress site;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicationFiles files;

    @Test
    void aForgedHostReachesNoCitationHarvestTagMailNorRedirect() {
        long book = jdbc.queryForObject("select id from publication where title like 'Construire des espaces%'", Long.class);
        files.upload(book, SMALL_PDF.length, new ByteArrayInputStream(SMALL_PDF));

        Document page = forged().get("/publications/" + book);
        assertThat(page.select("meta[name=citation_abstract_html_url]").attr("content")).isEqualTo(site.link("/publications/" + book));
        assertThat(page.select("meta[name=citation_pdf_url]").attr("content")).isEqualTo(site.link("/publications/" + book + "/pdf"));
        assertThat(page.select("meta[name=DC.identifier]").eachAttr("content")).contains(site.link("/publications/" + book));
        assertThat(page.outerHtml()).doesNotContain("evil.test");

        for (String citation : new String[] {"citation.bib", "citation.ris", "citation.json"}) {
            assertThat(forgedGet("/publications/" + book + "/" + citation).body()).as(citation)
                    .contains(site.link("/publications/" + book)).doesNotContain("evil.test");
        }

        assertThat(forgedGet("/oai?verb=Identify").body()).contains("<baseURL>" + site.link("/oai") + "</baseURL>").doesNotContain("evil.test");
        String record = forgedGet("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:cohorte.localhost:publication/" + book).body();
        assertThat(record).contains(site.link("/publications/" + book)).doesNotContain("evil.test");

        HttpResponse<String> toLogin = forgedGet("/me");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login").doesNotContain("evil.test"));

        BrowserlessSession visitor = forged();
        visitor.get("/password/forgotten");
        visitor.submit("/password/forgotten", Map.of("email", "admin@cohorte.test"));
        String mail = jdbc.queryForObject("select body from mail_outbox where recipient = 'admin@cohorte.test' order by id desc limit 1", String.class);
        assertThat(mail).contains(site.link("/password/reset/")).doesNotContain("evil.test");
    }

    @Test
    void anUntrustedClientsForwardedSchemeAndAddressChangeNothing() {
        HttpResponse<String> home = forgedGet("/");
        assertThat(home.headers().firstValue("Strict-Transport-Security")).as("not secure for saying so").isEmpty();

        WebClient api = new WebClient(port);
        int status = 0;
        for (int i = 0; i < 6; i++) {
            String credentials = java.util.Base64.getEncoder().encodeToString(("cible@example.org:faux" + i).getBytes(StandardCharsets.UTF_8));
            status = api.send(api.request("/api/v1/me").header("X-Forwarded-For", "198.51.100." + i)
                    .header("Authorization", "Basic " + credentials).GET()).statusCode();
        }
        assertThat(status).as("a new X-Forwarded-For at each try does not dodge the throttle").isEqualTo(429);
        assertThat(jdbc.queryForList("select array_to_string(detail_args, '|') from audit_event where action = 'LOGIN_FAILED'"
                + " and target = 'cible@example.org'", String.class))
                .hasSize(5).allSatisfy(detail -> assertThat(detail).doesNotContain("198.51.100."));
    }

    private BrowserlessSession forged() {
        return new BrowserlessSession(port).withHeader("X-Forwarded-Host", "evil.test").withHeader("X-Forwarded-Proto", "https")
                .withHeader("X-Forwarded-Port", "443").withHeader("X-Forwarded-For", "203.0.113.99");
    }

    private HttpResponse<String> forgedGet(String path) {
        WebClient web = new WebClient(port);
        HttpRequest.Builder request = web.request(path).header("X-Forwarded-Host", "evil.test").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "203.0.113.99").GET();
        return web.send(request);
    }
}
