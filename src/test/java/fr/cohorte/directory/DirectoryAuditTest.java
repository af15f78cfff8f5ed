package fr.cohorte.directory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.TestPdfs;
import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import fr.cohorte.audit.AuditEntries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's audit entries are told in the reader's language, not in the English of the code,
 * and what they say of a person goes with that person's erasure, a merged duplicate's included.
 */
@CohorteTest
class DirectoryAuditTest {

    static final String PASSWORD = "Le journal de l’annuaire en deux langues";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditEntries trail;

    @Autowired
    Backgrounds backgrounds;

    @Autowired
    Persons persons;

    @Autowired
    PersonMerge merge;

    @Autowired
    Organisations organisations;

    @Autowired
    PartnershipDocuments documents;

    @Autowired
    PersonErasure erasure;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheActor() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aHorizonAddedRenamedAndMovedIsAuditedInTheReadersLanguageWithItsLabelsBeforeAndAfter() {
        // Horizons are never deleted: this one is undone with its transaction, the entries read before.
        transactions.executeWithoutResult(status -> {
            String code = "h" + System.nanoTime() % 1_000_000;
            backgrounds.add("a" + code, "Horizon voisin " + code, "Neighbouring horizon " + code);
            Background added = backgrounds.add(code, "Élus locaux " + code, "Local councillors " + code);
            backgrounds.rename(added.getId(), added.getVersion(), "Élus territoriaux " + code, "Local councillors " + code);
            int position = added.getPosition();
            backgrounds.move(added.getId(), -1);
            String target = "background:" + added.getId();

            assertThat(trail.read(target, Locale.FRENCH)).containsExactly(
                    "CREATED Horizon ajouté : " + code + " (« Élus locaux " + code + " », “Local councillors " + code + "”)",
                    "UPDATED Horizon " + code + " renommé — libellé en français : Élus locaux " + code + " → Élus territoriaux " + code,
                    "UPDATED Horizon " + code + " déplacé dans la liste — rang : " + position + " → " + (position - 1));
            assertThat(trail.read(target, Locale.ENGLISH)).containsExactly(
                    "CREATED Horizon added: " + code + " (“Élus locaux " + code + "”, “Local councillors " + code + "”)",
                    "UPDATED Horizon " + code + " renamed — French label: Élus locaux " + code + " → Élus territoriaux " + code,
                    "UPDATED Horizon " + code + " moved in the list — rank: " + position + " → " + (position - 1));
            status.setRollbackOnly();
        });
    }

    @Test
    void whatTheTrailSaidOfAMergedDuplicateGoesWithTheErasureOfThePersonKept() {
        String family = "Vallée" + System.nanoTime() % 100_000;
        String misspelt = family.replace("Vallée", "Valée");
        long kept = person("Hortense", family);
        long duplicate = person("Hortense", misspelt);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("annuaire-journal@cohorte.test", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        persons.rectify(duplicate, "06 00 00 00 00", null, null, false, Set.of(), Optional.empty(), false);
        long mark = trail.mark();
        merge.merge(kept, duplicate, Set.of());

        assertThat(trail.read("person:" + kept, mark, Locale.FRENCH))
                .containsExactly("MERGED Doublon « Hortense " + misspelt + " » fusionné dans la fiche de Hortense " + family);
        assertThat(trail.read("person:" + kept, mark, Locale.ENGLISH))
                .containsExactly("MERGED Duplicate “Hortense " + misspelt + "” merged into the record of Hortense " + family);
        assertThat(trail.read("person:" + kept, Locale.ENGLISH)).as("the duplicate's entries are now about the record kept")
                .contains("UPDATED Record of Hortense " + misspelt + " rectified by the person themselves");

        erasure.erase(kept);

        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where detail like ? or
                  array_to_string(coalesce(detail_args, '{}') || coalesce(changes, '{}'), '|') like ?""",
                Integer.class, "%" + misspelt + "%", "%" + misspelt + "%")).as("no entry names the duplicate any more").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where array_to_string(detail_args, '|') like ?",
                Integer.class, "%" + family + "%")).as("nor the person kept").isZero();
    }

    @Test
    void anEditedPersonsRecordIsAuditedWithEachFieldBeforeAndAfterTheCivilityInTheReadersLanguage() {
        String family = "Vallée" + System.nanoTime() % 100_000;
        long id = person("Hortense", family);
        long version = persons.byId(id).orElseThrow().getVersion();

        persons.update(id, version, new PersonDetails(Civility.MS, "Hortense", family, null, null, "Cheffe de projet", null, null), null, null);

        assertThat(trail.read("person:" + id, Locale.FRENCH)).containsExactly("UPDATED Fiche de Hortense " + family + " modifiée"
                + " — civilité : (vide) → Madame ; fonction : (vide) → Cheffe de projet");
        assertThat(trail.read("person:" + id, Locale.ENGLISH)).containsExactly("UPDATED Record of Hortense " + family + " edited"
                + " — civility: (empty) → Ms; position: (empty) → Cheffe de projet");
    }

    @Test
    void aPartnershipCreatedEditedAndDeletedIsAuditedWithItsKindInTheReadersLanguage() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        long institute = organisation("Institut " + suffix);
        long partner = organisation("Centre " + suffix);
        String email = "partenariats-journal" + suffix + "@cohorte.test";
        accounts.create(email, RoleGrant.global(Role.STAFF), PASSWORD);
        BrowserlessSession staff = new BrowserlessSession(port);
        staff.logIn(email, PASSWORD);
        staff.get("/directory/partnerships");
        staff.submit("/directory/partnerships", Map.of("organisationId", String.valueOf(institute), "partnerId", String.valueOf(partner),
                "kind", "CO_EDITION", "startDate", "2015-06-01", "description", "Coédition"));
        long partnership = jdbc.queryForObject("select id from partnership where organisation_id = ?", Long.class, institute);
        staff.get("/directory/partnerships/" + partnership + "/edit");
        staff.submit("/directory/partnerships/" + partnership, Map.of("organisationId", String.valueOf(institute),
                "partnerId", String.valueOf(partner), "kind", "FUNDING", "startDate", "2016-01-01", "description", "Coédition"));
        staff.get("/directory/partnerships/" + partnership + "/delete");
        staff.submit("/directory/partnerships/" + partnership + "/delete", Map.of());

        String pair = "Institut " + suffix + " – Centre " + suffix;
        assertThat(trail.read("partnership:" + partnership, Locale.FRENCH)).containsExactly(
                "CREATED Partenariat " + pair + " créé (Coédition)",
                "UPDATED Partenariat " + pair + " modifié (Financement) — nature : Coédition → Financement ; début : 1 juin 2015 → 1 janvier 2016",
                "DELETED Partenariat " + pair + " supprimé (Financement)");
        assertThat(trail.read("partnership:" + partnership, Locale.ENGLISH)).containsExactly(
                "CREATED Partnership " + pair + " created (Co-edition)",
                "UPDATED Partnership " + pair + " edited (Funding) — kind: Co-edition → Funding; start: June 1, 2015 → January 1, 2016",
                "DELETED Partnership " + pair + " deleted (Funding)");
    }

    @Test
    void anEditedOrganisationAndAPartnershipsDocumentsAreAuditedInTheReadersLanguage() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        long institute = organisation("Institut " + suffix);
        long partner = organisation("Centre " + suffix);
        long partnership = jdbc.queryForObject("insert into partnership (organisation_id, partner_id, kind, start_date)"
                + " values (?, ?, 'FUNDING', date '2015-06-01') returning id", Long.class, institute, partner);
        long version = jdbc.queryForObject("select version from organisation where id = ?", Long.class, institute);

        organisations.update(institute, version, new OrganisationDetails("Institut " + suffix, "I" + suffix, OrganisationKind.COMPANY,
                null, null, null, null));
        var document = documents.attach(partnership, "convention.pdf",
                TestPdfs.onePage());
        documents.remove(partnership, document.id());

        assertThat(trail.read("organisation:" + institute, Locale.FRENCH)).containsExactly("UPDATED Fiche de l’organisation « Institut "
                + suffix + " » modifiée — sigle : (vide) → I" + suffix + " ; type : Autre → Entreprise");
        assertThat(trail.read("organisation:" + institute, Locale.ENGLISH)).containsExactly("UPDATED Record of the organisation “Institut "
                + suffix + "” edited — acronym: (empty) → I" + suffix + "; type: Other → Company");
        assertThat(trail.read("partnership-document:" + document.id(), Locale.FRENCH)).containsExactly(
                "CREATED Document « convention.pdf » joint au partenariat I" + suffix + " – Centre " + suffix,
                "DELETED Document « convention.pdf » retiré du partenariat I" + suffix + " – Centre " + suffix);
        assertThat(trail.read("partnership-document:" + document.id(), Locale.ENGLISH)).containsExactly(
                "CREATED Document “convention.pdf” attached to the partnership I" + suffix + " – Centre " + suffix,
                "DELETED Document “convention.pdf” removed from the partnership I" + suffix + " – Centre " + suffix);
    }

    private long person(String given, String family) {
        return jdbc.queryForObject("insert into person (given_name, family_name) values (?, ?) returning id", Long.class, given, family);
    }

    private long organisation(String name) {
        return jdbc.queryForObject("insert into organisation (name, kind) values (?, 'OTHER') returning id", Long.class, name);
    }
}
