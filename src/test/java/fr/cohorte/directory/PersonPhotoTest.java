package fr.cohorte.directory;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.WebClient;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.web.CraftedImages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Photos are images by their bytes, not by their name, of a bounded size, and shown only to who may see them. */
@CohorteTest
class PersonPhotoTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffAddAPhotoToAPersonAndAFileThatIsNotAnImageIsRefusedWithTheFormKept() throws IOException {
        accounts.create("photos@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe des photos");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("photos@cohorte.test", "Le mot de passe des photos");
        staff.get("/directory/persons/new");
        Map<String, String> fields = Map.of("givenName", "Odile", "familyName", "Portrait", "email", "odile.portrait@exemple.fr");

        Document script = staff.submitWithFile("/directory/persons", fields, "photo", "photo.png", "image/png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(script.select("#photo-messages").text()).contains("n’est pas une image JPEG, PNG ou WebP");
        assertThat(script.select(".fr-alert--error").text()).contains("Le formulaire contient des erreurs");
        assertThat(script.select("input#familyName").val()).isEqualTo("Portrait");

        byte[] tooLarge = Arrays.copyOf(image("png"), 2 * 1024 * 1024 + 1);
        Document large = staff.submitWithFile("/directory/persons", fields, "photo", "grande.png", "image/png", tooLarge);
        assertThat(large.select("#photo-messages").text()).contains("dépasse la taille permise (2 Mo au plus)");
        assertThat(large.select("input#email").val()).isEqualTo("odile.portrait@exemple.fr");

        byte[] png = image("png");
        Document saved = staff.submitWithFile("/directory/persons", fields, "photo", "portrait.txt", "text/plain", png);
        assertThat(saved.select("h1").text()).isEqualTo("Odile Portrait");
        String src = saved.selectFirst("img#photo").attr("src");
        assertThat(saved.selectFirst("img#photo").attr("alt")).isEqualTo("Photo de Odile Portrait");

        var served = staff.download(src);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(png);

        var anonymous = new WebClient(port).page(src);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aPhotoAnnouncingFiftyThousandPixelsASideIsRefusedWithTheLimitWhileANormalPhotoIsTaken() throws IOException {
        accounts.create("geante@cohorte.test", RoleGrant.global(Role.STAFF), "Le mot de passe des géantes");
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn("geante@cohorte.test", "Le mot de passe des géantes");
        staff.get("/directory/persons/new");
        Map<String, String> fields = Map.of("givenName", "Gaëlle", "familyName", "Démesure", "email", "gaelle.demesure@exemple.fr");
        byte[] bomb = CraftedImages.pngAnnouncing(50_000, 50_000);
        assertThat(bomb.length).as("a small file").isLessThan(100);

        Document refused = staff.submitWithFile("/directory/persons", fields, "photo", "photo.png", "image/png", bomb);
        assertThat(refused.select("#photo-messages").text())
                .contains("50000 × 50000 pixels").contains("au plus 8000 pixels de côté");
        assertThat(refused.select("input#familyName").val()).as("the form as typed").isEqualTo("Démesure");
        assertThat(jdbc.queryForObject("select count(*) from person where email = 'gaelle.demesure@exemple.fr'", Integer.class)).isZero();

        Document saved = staff.submitWithFile("/directory/persons", fields, "photo", "photo.webp", "image/webp", image("png"));
        assertThat(saved.select("h1").text()).isEqualTo("Gaëlle Démesure");
        assertThat(saved.select("img#photo")).hasSize(1);
    }

    @Test
    void aParticipantPutsAJpegOnTheirProfileAndRemovesIt() throws IOException {
        accounts.create("portrait@cohorte.test", RoleGrant.scoped(Role.PARTICIPANT, 34), "Le mot de passe du portrait");
        BrowserlessSession me = new BrowserlessSession(port);
        me.logIn("portrait@cohorte.test", "Le mot de passe du portrait");
        me.get("/me/profile");
        byte[] jpeg = image("jpg");

        Document saved = me.submitWithFile("/me/profile", Map.of("bio", "Directrice des ressources humaines"), "photo", "moi.jpeg",
                "image/jpeg", jpeg);
        assertThat(saved.select(".fr-alert--success")).isNotEmpty();
        var served = me.download(saved.selectFirst("img#current-photo").attr("src"));
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.body()).isEqualTo(jpeg);

        Document removed = me.submit("/me/profile", Map.of("bio", "Directrice des ressources humaines", "removePhoto", "true"));
        assertThat(removed.select("img#current-photo")).isEmpty();
        assertThat(me.download("/me/photo").statusCode()).isEqualTo(404);
    }

    /** A small real image, drawn and encoded here. */
    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0, 0, 145));
        graphics.fillRect(0, 0, 4, 8);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, bytes)).isTrue();
        return bytes.toByteArray();
    }
}
