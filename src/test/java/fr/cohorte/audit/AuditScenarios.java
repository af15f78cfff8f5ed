package fr.cohorte.audit;

import java.nio.charset.StandardCharsets;

import fr.cohorte.TestPdfs;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.audit.AuditCoverageTest.Caller;
import fr.cohorte.audit.AuditCoverageTest.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How each state-changing route is called, module by module, as the person allowed to call it, on
 * the demo's 34th session and on what each scenario adds to it. Each returns the target its audit
 * entry must name.
 */
final class AuditScenarios {

    static final byte[] PDF = TestPdfs.onePage();
    static final String ACTIVITIES = "/staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities";

    private final AuditCoverageTest test;

    AuditScenarios(AuditCoverageTest test) {
        this.test = test;
    }

    void declare() {
        account();
        directory();
        session();
        knowledge();
        harmless();
    }

    private Visitor as(Caller caller) {
        return test.as(caller);
    }

    private long id(String sql, Object... arguments) {
        return test.id(sql, arguments);
    }

    private long seminar34() {
        return id("select min(s.id) from seminar s join session n on n.id = s.session_id where n.number = 34");
    }

    // --- account ---

    private void account() {
        test.audited("POST /admin/accounts", () -> {
            String invited = "invitee" + System.nanoTime() + "@couverture.test";
            as(Caller.ADMIN).get("/admin/accounts");
            as(Caller.ADMIN).form("/admin/accounts").set("email", invited).set("givenName", "Iris").set("familyName", "Invitée")
                    .set("role", "STAFF").submit();
            return invited;
        });
        test.audited("POST /invitation/{token}", () -> {
            String invited = "accepte" + System.nanoTime() + "@couverture.test";
            as(Caller.ADMIN).get("/admin/accounts");
            as(Caller.ADMIN).form("/admin/accounts").set("email", invited).set("givenName", "Agathe").set("familyName", "Acceptante")
                    .set("role", "STAFF").submit();
            Visitor newcomer = new Visitor(test);
            String link = test.mailedLink(invited, "/invitation/");
            newcomer.get(link);
            newcomer.form(link).set("password", AuditCoverageTest.PASSWORD).set("confirmation", AuditCoverageTest.PASSWORD).submit();
            return invited;
        });
        test.audited("POST /password/forgotten", () -> {
            String forgetful = test.newAccount("oublieux", RoleGrant.global(Role.STAFF));
            Visitor visitor = new Visitor(test);
            visitor.get("/password/forgotten");
            visitor.form("/password/forgotten").set("email", forgetful).submit();
            return forgetful;
        });
        test.audited("POST /password/reset/{token}", () -> {
            String forgetful = test.newAccount("reinitialise", RoleGrant.global(Role.STAFF));
            Visitor visitor = new Visitor(test);
            visitor.get("/password/forgotten");
            visitor.form("/password/forgotten").set("email", forgetful).submit();
            String link = test.mailedLink(forgetful, "/password/reset/");
            visitor.get(link);
            visitor.form(link).set("password", "Un tout nouveau mot de passe bien long").set("confirmation", "Un tout nouveau mot de passe bien long")
                    .submit();
            return forgetful;
        });
        test.audited("POST /me/password", () -> {
            String changing = test.newAccount("change", RoleGrant.global(Role.STAFF));
            Visitor visitor = test.freshVisitor(changing);
            visitor.get("/me/password");
            visitor.form("/me/password").set("current", AuditCoverageTest.PASSWORD).set("password", "Un autre mot de passe assez long")
                    .set("confirmation", "Un autre mot de passe assez long").submit();
            return changing;
        });
        test.audited("POST /me/logout-everywhere", () -> {
            String leaving = test.newAccount("partout", RoleGrant.global(Role.STAFF));
            Visitor visitor = test.freshVisitor(leaving);
            visitor.get("/me");
            visitor.form("/me/logout-everywhere").submit();
            return leaving;
        });
        test.audited("POST /me/tokens", () -> {
            as(Caller.STAFF).get("/me/tokens");
            as(Caller.STAFF).form("/me/tokens").set("name", "Tableur de suivi").submit();
            return "token:" + id("select max(t.id) from access_token t");
        });
        test.audited("POST /me/tokens/{id}/revoke", () -> {
            as(Caller.STAFF).get("/me/tokens");
            as(Caller.STAFF).form("/me/tokens").set("name", "Jeton à retirer").submit();
            long token = id("select max(t.id) from access_token t");
            as(Caller.STAFF).get("/me/tokens");
            as(Caller.STAFF).form("/me/tokens/" + token + "/revoke").submit();
            return "token:" + token;
        });
        test.audited("POST /admin/accounts/{id}/clear-throttle", () -> {
            String slowed = test.newAccount("ralenti", RoleGrant.global(Role.STAFF));
            long account = id("select id from account where email = ?", slowed);
            as(Caller.ADMIN).get("/admin/accounts");
            as(Caller.ADMIN).post("/admin/accounts/" + account + "/clear-throttle");
            as(Caller.ADMIN).succeeded();
            return slowed;
        });
        test.audited("POST /admin/accounts/{id}/revoke", () -> {
            String leaving = test.newAccount("depart", RoleGrant.global(Role.STAFF));
            long account = id("select id from account where email = ?", leaving);
            as(Caller.ADMIN).get("/admin/accounts");
            as(Caller.ADMIN).post("/admin/accounts/" + account + "/revoke", "role", "STAFF", "scopeId", "0");
            as(Caller.ADMIN).succeeded();
            return leaving;
        });
        test.audited("POST /admin/horizons", () -> {
            as(Caller.ADMIN).get("/admin/horizons");
            as(Caller.ADMIN).form("/admin/horizons").set("code", "horizon-" + System.nanoTime())
                    .set("labelFr", "Horizon ajouté " + System.nanoTime()).set("labelEn", "Added horizon").submit();
            return "background:" + id("select max(id) from background");
        });
        test.audited("POST /admin/horizons/{id}", () -> {
            long horizon = id("select min(id) from background");
            as(Caller.ADMIN).get("/admin/horizons/" + horizon + "/edit");
            as(Caller.ADMIN).form("/admin/horizons/" + horizon).set("labelEn", "Renamed " + System.nanoTime()).submit();
            return "background:" + horizon;
        });
        test.audited("POST /admin/horizons/{id}/move", () -> {
            long horizon = id("select max(id) from background");
            as(Caller.ADMIN).get("/admin/horizons");
            as(Caller.ADMIN).post("/admin/horizons/" + horizon + "/move", "action", "up");
            as(Caller.ADMIN).succeeded();
            return "background:" + horizon;
        });
        test.audited("POST /admin/search/reindex", () -> {
            as(Caller.ADMIN).get("/admin/search");
            as(Caller.ADMIN).form("/admin/search/reindex").submit();
            return "search-index";
        });
        test.audited("POST /admin/pages/{slug}", () -> {
            as(Caller.ADMIN).get("/admin/pages/mentions-legales/edit");
            as(Caller.ADMIN).form("/admin/pages/mentions-legales").set("titleEn", "Legal notice " + System.nanoTime()).submit();
            return "site-page:mentions-legales";
        });
        test.audited("POST /me/profile", () -> {
            as(Caller.PARTICIPANT).get("/me/profile");
            as(Caller.PARTICIPANT).form("/me/profile").set("bio", "Inspectrice du travail, " + System.nanoTime()).submit();
            return "person:" + id("select person_id from account where email = ?", AuditCoverageTest.email(Caller.PARTICIPANT));
        });
    }

    // --- directory ---

    private void directory() {
        test.audited("POST /directory/persons", () -> {
            as(Caller.STAFF).get("/directory/persons/new");
            as(Caller.STAFF).form("/directory/persons").set("civility", "MS").set("givenName", "Perrine")
                    .set("familyName", "Nouvelle" + System.nanoTime() % 100000).set("email", "perrine" + System.nanoTime() + "@couverture.test")
                    .set("duplicateConfirmed", "true").submit();
            return "person:" + id("select max(id) from person");
        });
        test.audited("POST /directory/persons/{id}", () -> {
            long person = newPerson("Modifiée");
            as(Caller.STAFF).get("/directory/persons/" + person + "/edit");
            as(Caller.STAFF).form("/directory/persons/" + person).set("positionTitle", "Cheffe de service").submit();
            return "person:" + person;
        });
        test.audited("POST /directory/organisations", () -> {
            as(Caller.STAFF).get("/directory/organisations/new");
            as(Caller.STAFF).form("/directory/organisations").set("name", "Coopérative " + System.nanoTime()).set("kind", "COMPANY").submit();
            return "organisation:" + id("select max(id) from organisation");
        });
        test.audited("POST /directory/organisations/{id}", () -> {
            long organisation = newOrganisation("Renommée");
            as(Caller.STAFF).get("/directory/organisations/" + organisation + "/edit");
            as(Caller.STAFF).form("/directory/organisations/" + organisation).set("shortName", "REN").submit();
            return "organisation:" + organisation;
        });
        test.audited("POST /directory/partnerships", () -> "partnership:" + newPartnership());
        test.audited("POST /directory/partnerships/{partnership:\\d{1,18}}", () -> {
            long partnership = newPartnership();
            as(Caller.STAFF).get("/directory/partnerships/" + partnership + "/edit");
            as(Caller.STAFF).form("/directory/partnerships/" + partnership).set("description", "Accueil de visites").submit();
            return "partnership:" + partnership;
        });
        test.audited("POST /directory/partnerships/{partnership:\\d{1,18}}/delete", () -> {
            long partnership = newPartnership();
            as(Caller.STAFF).get("/directory/partnerships/" + partnership + "/delete");
            as(Caller.STAFF).form("/directory/partnerships/" + partnership + "/delete").submit();
            return "partnership:" + partnership;
        });
        test.audited("POST /directory/partnerships/{partnership:\\d{1,18}}/documents", () -> {
            long partnership = newPartnership();
            return "partnership-document:" + newPartnershipDocument(partnership);
        });
        test.audited("POST /directory/partnerships/{partnership:\\d{1,18}}/documents/{document:\\d{1,18}}/delete", () -> {
            long partnership = newPartnership();
            long document = newPartnershipDocument(partnership);
            as(Caller.STAFF).confirm("/directory/partnerships/" + partnership + "/documents/" + document + "/delete");
            return "partnership-document:" + document;
        });
        test.audited("POST /directory/persons/import/confirm", () -> {
            as(Caller.STAFF).get("/directory/persons/import");
            as(Caller.STAFF).form("/directory/persons/import").submitWithFile("file", "personnes.csv", "text/csv",
                    ("prénom;nom;courriel\nImane;Importée" + System.nanoTime() % 100000 + ";imane" + System.nanoTime() + "@couverture.test\n")
                            .getBytes(StandardCharsets.UTF_8));
            as(Caller.STAFF).form("/directory/persons/import/confirm").submit();
            return "persons";
        });
        test.audited("POST /directory/persons/{id}/erase", () -> {
            long person = newPerson("Effacée");
            as(Caller.STAFF).get("/directory/persons/" + person + "/erase");
            as(Caller.STAFF).form("/directory/persons/" + person + "/erase").set("confirmed", "true").submit();
            return "person:" + person;
        });
        test.audited("POST /directory/persons/merge", () -> {
            long kept = newPerson("Doublon");
            long merged = newPerson("Doublon");
            as(Caller.STAFF).get("/directory/persons/merge?kept=" + kept + "&merged=" + merged);
            as(Caller.STAFF).form("/directory/persons/merge").submit();
            return "person:" + kept;
        });
        test.audited("POST /directory/organisations/merge", () -> {
            long kept = newOrganisation("Jumelle");
            long merged = newOrganisation("Jumelle bis");
            as(Caller.STAFF).get("/directory/organisations/merge?kept=" + kept + "&merged=" + merged);
            as(Caller.STAFF).form("/directory/organisations/merge").submit();
            return "organisation:" + kept;
        });
    }

    long newPerson(String familyName) {
        as(Caller.STAFF).get("/directory/persons/new");
        as(Caller.STAFF).form("/directory/persons").set("civility", "MS").set("givenName", "Paule")
                .set("familyName", familyName + System.nanoTime() % 100000).set("email", "paule" + System.nanoTime() + "@couverture.test")
                .set("duplicateConfirmed", "true").submit();
        return id("select max(id) from person");
    }

    long newOrganisation(String name) {
        as(Caller.STAFF).get("/directory/organisations/new");
        as(Caller.STAFF).form("/directory/organisations").set("name", name + " " + System.nanoTime()).set("kind", "COMPANY").submit();
        return id("select max(id) from organisation");
    }

    long newPartnership() {
        long organisation = newOrganisation("Partenaire");
        long partner = newOrganisation("Autre partenaire");
        as(Caller.STAFF).get("/directory/partnerships");
        as(Caller.STAFF).form("/directory/partnerships").set("organisationId", String.valueOf(organisation))
                .set("partnerId", String.valueOf(partner)).set("kind", "VISIT_HOSTING").set("startDate", "2026-01-01").submit();
        return id("select max(id) from partnership");
    }

    long newPartnershipDocument(long partnership) {
        as(Caller.STAFF).get("/directory/partnerships/" + partnership);
        as(Caller.STAFF).form("/directory/partnerships/" + partnership + "/documents").submitWithFile("file", "convention.pdf",
                "application/pdf", PDF);
        return id("select max(id) from partnership_document");
    }

    // --- session ---

    private int sessionNumber = 9300;

    int newSession() {
        int number = ++sessionNumber;
        as(Caller.STAFF).get("/staff/sessions/new");
        as(Caller.STAFF).form("/staff/sessions").set("number", String.valueOf(number)).set("theme", "Le dialogue social au travail")
                .set("startDate", "2031-01-10").set("endDate", "2031-12-10").submit();
        return number;
    }

    long newSeminar(int session) {
        as(Caller.STAFF).get("/staff/sessions/" + session + "/seminars/new");
        as(Caller.STAFF).form("/staff/sessions/" + session + "/seminars").set("ordinal", "1").set("title", "Séminaire de Lyon")
                .set("startDate", "2031-02-03").set("endDate", "2031-02-05").set("city", "Lyon").submit();
        return id("select s.id from seminar s join session n on n.id = s.session_id where n.number = ? and s.ordinal = 1", session);
    }

    String newActivity(int session, long seminar) {
        String path = "/staff/sessions/" + session + "/seminars/" + seminar + "/activities";
        as(Caller.STAFF).get(path + "/new");
        as(Caller.STAFF).form(path).set("type", "EXPERT_HEARING").set("title", "Audition " + System.nanoTime())
                .set("startDate", "2031-02-03").set("startTime", "09:00").set("endDate", "2031-02-03").set("endTime", "10:30").submit();
        return path + "/" + id("select max(id) from activity where seminar_id = ?", seminar);
    }

    String uidOf(String activityPath) {
        long activity = Long.parseLong(activityPath.substring(activityPath.lastIndexOf('/') + 1));
        return "activity:" + test.jdbc().queryForObject("select uid::text from activity where id = ?", String.class, activity);
    }

    private void session() {
        test.audited("POST /staff/sessions", () -> "session:" + newSession());
        test.audited("POST /staff/sessions/{number:\\d{1,9}}", () -> {
            int session = newSession();
            as(Caller.STAFF).get("/staff/sessions/" + session + "/edit");
            as(Caller.STAFF).form("/staff/sessions/" + session).set("theme", "Le dialogue social, demain").submit();
            return "session:" + session;
        });
        test.audited("POST /staff/sessions/{number:\\d{1,9}}/clone", () -> {
            int session = newSession();
            int copy = ++sessionNumber;
            as(Caller.STAFF).get("/staff/sessions/" + session + "/clone");
            as(Caller.STAFF).form("/staff/sessions/" + session + "/clone").set("number", String.valueOf(copy))
                    .set("startDate", "2032-01-10").set("endDate", "2032-12-10").submit();
            return "session:" + copy;
        });
        test.audited("POST /staff/sessions/{number:\\d{1,9}}/seminars", () -> "seminar:" + newSeminar(newSession()));
        test.audited("POST /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}", () -> {
            int session = newSession();
            long seminar = newSeminar(session);
            as(Caller.STAFF).get("/staff/sessions/" + session + "/seminars/" + seminar + "/edit");
            as(Caller.STAFF).form("/staff/sessions/" + session + "/seminars/" + seminar).set("title", "Séminaire de Lyon et Villeurbanne")
                    .submit();
            return "seminar:" + seminar;
        });
        test.audited("POST " + ACTIVITIES, () -> {
            int session = newSession();
            return uidOf(newActivity(session, newSeminar(session)));
        });
        test.audited("POST " + ACTIVITIES + "/{activity:\\d{1,18}}", () -> {
            int session = newSession();
            String activity = newActivity(session, newSeminar(session));
            as(Caller.STAFF).get(activity + "/edit");
            as(Caller.STAFF).form(activity).set("venue", "Salle des conseils").submit();
            return uidOf(activity);
        });
        test.audited("POST " + ACTIVITIES + "/{activity:\\d{1,18}}/cancel", () -> {
            int session = newSession();
            String activity = newActivity(session, newSeminar(session));
            as(Caller.STAFF).get(activity + "/edit");
            as(Caller.STAFF).post(activity + "/cancel");
            as(Caller.STAFF).succeeded();
            return uidOf(activity);
        });
        test.audited("POST " + ACTIVITIES + "/{activity:\\d{1,18}}/delete", () -> {
            int session = newSession();
            String activity = newActivity(session, newSeminar(session));
            String uid = uidOf(activity);
            as(Caller.STAFF).confirm(activity + "/delete");
            as(Caller.STAFF).succeeded();
            return uid;
        });
        test.audited("POST " + ACTIVITIES + "/{activity:\\d{1,18}}/documents", () -> {
            int session = newSession();
            String activity = newActivity(session, newSeminar(session));
            return "activity-document:" + newActivityDocument(activity);
        });
        test.audited("POST " + ACTIVITIES + "/{activity:\\d{1,18}}/documents/{document:\\d{1,18}}/delete", () -> {
            int session = newSession();
            String activity = newActivity(session, newSeminar(session));
            long document = newActivityDocument(activity);
            as(Caller.STAFF).confirm(activity + "/documents/" + document + "/delete");
            return "activity-document:" + document;
        });
        test.audited("POST /api/v1/sessions", () -> "session:" + apiSession());
        test.audited("PUT /api/v1/sessions/{number:\\d{1,9}}", () -> {
            int session = apiSession();
            api("PUT", "/api/v1/sessions/" + session, sessionJson(session, "Le dialogue social, revu", 0), 200);
            return "session:" + session;
        });
        test.audited("POST /api/v1/sessions/{number:\\d{1,9}}/seminars", () -> "seminar:" + apiSeminar(apiSession()));
        test.audited("PUT /api/v1/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}", () -> {
            int session = apiSession();
            long seminar = apiSeminar(session);
            api("PUT", "/api/v1/sessions/" + session + "/seminars/" + seminar, seminarJson("Séminaire de Lille, revu", 0), 200);
            return "seminar:" + seminar;
        });
        test.audited("POST /api/v1/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities", () -> {
            int session = apiSession();
            long seminar = apiSeminar(session);
            return "activity:" + uid(apiActivity(session, seminar));
        });
        test.audited("PUT /api/v1/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}", () -> {
            int session = apiSession();
            long seminar = apiSeminar(session);
            long activity = apiActivity(session, seminar);
            api("PUT", "/api/v1/sessions/" + session + "/seminars/" + seminar + "/activities/" + activity,
                    activityJson("Audition revue", 0), 200);
            return "activity:" + uid(activity);
        });
        test.audited("POST /api/v1/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/cancel", () -> {
            int session = apiSession();
            long seminar = apiSeminar(session);
            long activity = apiActivity(session, seminar);
            api("POST", "/api/v1/sessions/" + session + "/seminars/" + seminar + "/activities/" + activity + "/cancel", null, 200);
            return "activity:" + uid(activity);
        });
        test.audited("POST /me/programme/feed", () -> {
            as(Caller.PARTICIPANT).get("/me/programme");
            as(Caller.PARTICIPANT).form("/me/programme/feed").submit();
            return "calendar-feed:" + id("select person_id from account where email = ?", AuditCoverageTest.email(Caller.PARTICIPANT));
        });
        test.audited("POST /me/programme/feed/revoke", () -> {
            as(Caller.PARTICIPANT).get("/me/programme");
            if (as(Caller.PARTICIPANT).page().selectFirst("form[action=/me/programme/feed/revoke]") == null) {
                as(Caller.PARTICIPANT).form("/me/programme/feed").submit();
            }
            as(Caller.PARTICIPANT).form("/me/programme/feed/revoke").submit();
            return "calendar-feed:" + id("select person_id from account where email = ?", AuditCoverageTest.email(Caller.PARTICIPANT));
        });
    }

    long newActivityDocument(String activity) {
        as(Caller.STAFF).get(activity + "/edit");
        as(Caller.STAFF).form(activity + "/documents").submitWithFile("file", "dossier.pdf", "application/pdf", PDF);
        return id("select max(id) from activity_document");
    }

    private int apiSession() {
        int number = ++sessionNumber;
        api("POST", "/api/v1/sessions", sessionJson(number, "Le dialogue social par l’API", null), 201);
        return number;
    }

    private long apiSeminar(int session) {
        var response = api("POST", "/api/v1/sessions/" + session + "/seminars", seminarJson("Séminaire de Lille", null), 201);
        return Long.parseLong(field(response, "id"));
    }

    private long apiActivity(int session, long seminar) {
        var response = api("POST", "/api/v1/sessions/" + session + "/seminars/" + seminar + "/activities", activityJson("Audition", null), 201);
        return Long.parseLong(field(response, "id"));
    }

    private String uid(long activity) {
        return test.jdbc().queryForObject("select uid::text from activity where id = ?", String.class, activity);
    }

    private static String sessionJson(int number, String theme, Integer version) {
        return "{\"number\":" + number + ",\"theme\":\"" + theme + "\",\"startDate\":\"2033-01-10\",\"endDate\":\"2033-12-10\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static String seminarJson(String title, Integer version) {
        return "{\"ordinal\":1,\"title\":\"" + title + "\",\"startDate\":\"2033-03-01\",\"endDate\":\"2033-03-03\",\"city\":\"Lille\","
                + "\"country\":\"FR\",\"timeZone\":\"Europe/Paris\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static String activityJson(String title, Integer version) {
        return "{\"type\":\"EXPERT_HEARING\",\"title\":\"" + title + "\",\"start\":\"2033-03-01T09:00:00\",\"end\":\"2033-03-01T10:00:00\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private java.net.http.HttpResponse<String> api(String method, String path, String json, int expected) {
        var response = as(Caller.STAFF).api(method, path, json);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response;
    }

    private static String field(java.net.http.HttpResponse<String> response, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^,\"}]+)").matcher(response.body());
        assertThat(matcher.find()).as(name + " in " + response.body()).isTrue();
        return matcher.group(1);
    }

    // --- knowledge ---

    long newContribution() {
        as(Caller.PARTICIPANT).get("/knowledge/sessions/34/contributions/new");
        as(Caller.PARTICIPANT).form("/knowledge/sessions/34/contributions").set("title", "Note " + System.nanoTime())
                .set("kind", "NOTE").set("about", "seminar:" + seminar34()).submit();
        return id("select max(id) from contribution");
    }

    int revisionOf(long contribution) {
        return test.jdbc().queryForObject("select revision from contribution where id = ?", Integer.class, contribution);
    }

    long publicContribution() {
        long contribution = newContribution();
        as(Caller.PARTICIPANT).get("/knowledge/contributions/" + contribution + "/edit");
        as(Caller.PARTICIPANT).post("/knowledge/contributions/" + contribution + "/visibility", "visibility", "PUBLIC");
        as(Caller.PARTICIPANT).succeeded();
        return contribution;
    }

    private void knowledge() {
        test.audited("POST /knowledge/sessions/{number:\\d{1,9}}/contributions", () -> "contribution:" + newContribution());
        test.audited("POST /knowledge/contributions/{contribution:\\d{1,18}}/edit", () -> {
            long contribution = newContribution();
            as(Caller.PARTICIPANT).get("/knowledge/contributions/" + contribution + "/edit");
            as(Caller.PARTICIPANT).form("/knowledge/contributions/" + contribution + "/edit").set("body", "Ce que nous avons entendu.").submit();
            return "contribution:" + contribution;
        });
        test.audited("POST /knowledge/contributions/{contribution:\\d{1,18}}/autosave", () -> {
            long contribution = newContribution();
            as(Caller.PARTICIPANT).get("/knowledge/contributions/" + contribution + "/edit");
            as(Caller.PARTICIPANT).post("/knowledge/contributions/" + contribution + "/autosave", "title", "Note gardée",
                    "body", "Un brouillon gardé en route.", "revision", String.valueOf(revisionOf(contribution)));
            as(Caller.PARTICIPANT).succeeded();
            return "contribution:" + contribution;
        });
        test.audited("POST /knowledge/contributions/{contribution:\\d{1,18}}/authors", () -> {
            long contribution = newContribution();
            long coAuthor = id("select min(person_id) from participant p join session s on s.id = p.session_id where s.number = 34");
            as(Caller.PARTICIPANT).get("/knowledge/contributions/" + contribution + "/authors");
            as(Caller.PARTICIPANT).post("/knowledge/contributions/" + contribution + "/authors", "person", String.valueOf(coAuthor));
            as(Caller.PARTICIPANT).succeeded();
            return "contribution:" + contribution;
        });
        test.audited("POST /knowledge/contributions/{contribution:\\d{1,18}}/authors/{person:\\d{1,18}}/remove", () -> {
            long contribution = newContribution();
            long coAuthor = id("select min(person_id) from participant p join session s on s.id = p.session_id where s.number = 34");
            as(Caller.PARTICIPANT).get("/knowledge/contributions/" + contribution + "/authors");
            as(Caller.PARTICIPANT).post("/knowledge/contributions/" + contribution + "/authors", "person", String.valueOf(coAuthor));
            as(Caller.PARTICIPANT).post("/knowledge/contributions/" + contribution + "/authors/" + coAuthor + "/remove");
            as(Caller.PARTICIPANT).succeeded();
            return "contribution:" + contribution;
        });
        test.audited("POST /knowledge/contributions/{contribution:\\d{1,18}}/visibility", () -> "contribution:" + publicContribution());
        test.audited("POST /knowledge/contributions/{contribution:\\d{1,18}}/approve", () -> {
            long contribution = publicContribution();
            as(Caller.COORDINATOR).get("/knowledge/sessions/34/approvals");
            as(Caller.COORDINATOR).post("/knowledge/contributions/" + contribution + "/approve");
            as(Caller.COORDINATOR).succeeded();
            return "contribution:" + contribution;
        });
        test.audited("POST /knowledge/contributions/{contribution:\\d{1,18}}/withdraw-approval", () -> {
            long contribution = publicContribution();
            as(Caller.COORDINATOR).get("/knowledge/sessions/34/approvals");
            as(Caller.COORDINATOR).post("/knowledge/contributions/" + contribution + "/approve");
            as(Caller.COORDINATOR).post("/knowledge/contributions/" + contribution + "/withdraw-approval");
            as(Caller.COORDINATOR).succeeded();
            return "contribution:" + contribution;
        });
        test.audited("POST /knowledge/contributions/{contribution:\\d{1,18}}/attachments", () -> {
            long contribution = newContribution();
            as(Caller.PARTICIPANT).get("/knowledge/contributions/" + contribution);
            as(Caller.PARTICIPANT).form("/knowledge/contributions/" + contribution + "/attachments")
                    .submitWithFile("file", "tableau.pdf", "application/pdf", PDF);
            return "contribution:" + contribution;
        });
        test.audited("POST /knowledge/contributions/{contribution:\\d{1,18}}/practice", () -> {
            long contribution = newContribution();
            as(Caller.PARTICIPANT).get("/knowledge/contributions/" + contribution + "/edit");
            as(Caller.PARTICIPANT).form("/knowledge/contributions/" + contribution + "/edit")
                    .set("body", "Le guichet unique réunit les acteurs de l’emploi du bassin.").submit();
            as(Caller.PARTICIPANT).post("/knowledge/contributions/" + contribution + "/visibility", "visibility", "STAFF_AND_COORDINATORS");
            as(Caller.STAFF).get("/knowledge/contributions/" + contribution);
            as(Caller.STAFF).post("/knowledge/contributions/" + contribution + "/practice", "passage", "Le guichet unique réunit les acteurs",
                    "title", "Un guichet unique de l’emploi");
            as(Caller.STAFF).succeeded();
            return "practice:" + id("select max(id) from practice");
        });
        test.audited("POST /knowledge/taxonomies", () -> "taxonomy-term:" + newTerm());
        test.audited("POST /knowledge/taxonomies/terms/{id}", () -> {
            long term = newTerm();
            as(Caller.STAFF).get("/knowledge/taxonomies");
            as(Caller.STAFF).form("/knowledge/taxonomies/terms/" + term).set("nameEn", "Renamed " + System.nanoTime()).submit();
            return "taxonomy-term:" + term;
        });
        test.audited("POST /knowledge/taxonomies/terms/{id}/order", () -> {
            long term = newTerm();
            as(Caller.STAFF).get("/knowledge/taxonomies");
            as(Caller.STAFF).post("/knowledge/taxonomies/terms/" + term + "/order", "action", "up");
            as(Caller.STAFF).succeeded();
            return "taxonomy-term:" + term;
        });
        test.audited("POST /knowledge/taxonomies/terms/{id}/retire", () -> {
            long term = newTerm();
            as(Caller.STAFF).get("/knowledge/taxonomies");
            as(Caller.STAFF).form("/knowledge/taxonomies/terms/" + term + "/retire").submit();
            return "taxonomy-term:" + term;
        });
        test.audited("POST /knowledge/taxonomies/terms/{id}/reinstate", () -> {
            long term = newTerm();
            as(Caller.STAFF).get("/knowledge/taxonomies");
            as(Caller.STAFF).form("/knowledge/taxonomies/terms/" + term + "/retire").submit();
            as(Caller.STAFF).form("/knowledge/taxonomies/terms/" + term + "/reinstate").submit();
            return "taxonomy-term:" + term;
        });
        test.audited("POST /knowledge/practices", () -> "practice:" + newPractice());
        test.audited("POST /knowledge/practices/{id}", () -> {
            long practice = newPractice();
            as(Caller.STAFF).get("/knowledge/practices/" + practice + "/edit");
            as(Caller.STAFF).form("/knowledge/practices/" + practice).set("results", "Deux fois plus d’embauches locales.").submit();
            return "practice:" + practice;
        });
        test.audited("POST /knowledge/practices/{id}/status", () -> {
            long practice = newPractice();
            as(Caller.STAFF).get("/knowledge/practices/" + practice + "/edit");
            as(Caller.STAFF).post("/knowledge/practices/" + practice + "/status", "status", "VALIDATED");
            as(Caller.STAFF).succeeded();
            return "practice:" + practice;
        });
        test.audited("POST /knowledge/practices/{id}/sources", () -> {
            long practice = newPractice();
            newSource(practice);
            return "practice:" + practice;
        });
        test.audited("POST /knowledge/practices/{id}/sources/{sourceId}/delete", () -> {
            long practice = newPractice();
            long source = newSource(practice);
            as(Caller.STAFF).get("/knowledge/practices/" + practice + "/edit");
            as(Caller.STAFF).form("/knowledge/practices/" + practice + "/sources/" + source + "/delete").submit();
            return "practice:" + practice;
        });
        test.audited("POST /knowledge/recommendations", () -> "recommendation:" + newRecommendation());
        test.audited("POST /knowledge/recommendations/{id}", () -> {
            long recommendation = newRecommendation();
            as(Caller.STAFF).get("/knowledge/recommendations/" + recommendation + "/edit");
            as(Caller.STAFF).form("/knowledge/recommendations/" + recommendation).set("rationale", "Parce que cela marche.").submit();
            return "recommendation:" + recommendation;
        });
        test.audited("POST /knowledge/recommendations/{id}/status", () -> {
            long recommendation = newRecommendation();
            as(Caller.STAFF).get("/knowledge/recommendations/" + recommendation + "/edit");
            as(Caller.STAFF).post("/knowledge/recommendations/" + recommendation + "/status", "status", "ADOPTED");
            as(Caller.STAFF).succeeded();
            return "recommendation:" + recommendation;
        });
    }

    long newTerm() {
        as(Caller.STAFF).get("/knowledge/taxonomies");
        as(Caller.STAFF).form("/knowledge/taxonomies").set("taxonomy", "DOMAIN").set("nameFr", "Domaine " + System.nanoTime())
                .set("nameEn", "Domain").submit();
        return id("select max(id) from taxonomy_term");
    }

    long newPractice() {
        as(Caller.STAFF).get("/knowledge/practices/new");
        as(Caller.STAFF).form("/knowledge/practices").set("title", "Pratique " + System.nanoTime())
                .set("typeId", String.valueOf(id("select min(id) from taxonomy_term where taxonomy = 'PRACTICE_TYPE' and not retired")))
                .set("description", "Une pratique décrite.").submit();
        return id("select max(id) from practice");
    }

    long newSource(long practice) {
        as(Caller.STAFF).get("/knowledge/practices/" + practice + "/edit");
        as(Caller.STAFF).form("/knowledge/practices/" + practice + "/sources").set("kind", "DOCUMENT").set("url", "https://example.org/rapport")
                .set("label", "Le rapport").submit();
        return id("select max(id) from practice_source where practice_id = ?", practice);
    }

    long newRecommendation() {
        as(Caller.STAFF).get("/knowledge/recommendations/new");
        as(Caller.STAFF).form("/knowledge/recommendations").set("title", "Recommandation " + System.nanoTime())
                .set("text", "Réunir les acteurs de l’emploi.").set("chapterId", "").set("addressees", "STATE").submit();
        return id("select max(id) from recommendation");
    }

    // --- routes that change nothing durable ---

    private void harmless() {
        test.changesNothing("POST /error", "the server's own error page, reached only through its error dispatch", () ->
                as(Caller.STAFF).post("/error"));
        test.changesNothing("POST /oai", "OAI-PMH harvesting reads the catalogue; POST is the protocol's other way of asking", () ->
                as(Caller.ANONYMOUS).post("/oai", "verb", "Identify"));
        test.changesNothing("POST /knowledge/contributions/preview", "renders typed Markdown as HTML for the editor, stores nothing", () -> {
            as(Caller.PARTICIPANT).get("/me");
            as(Caller.PARTICIPANT).post("/knowledge/contributions/preview", "body", "**Gras** et _italique_");
            as(Caller.PARTICIPANT).succeeded();
        });
        test.changesNothing("POST " + ACTIVITIES + "/check", "checks a typed activity against the programme, stores nothing", () -> {
            as(Caller.STAFF).get("/staff/sessions/34");
            as(Caller.STAFF).post("/staff/sessions/34/seminars/" + seminar34() + "/activities/check", "type", "EXPERT_HEARING",
                    "title", "Audition vérifiée", "startDate", "2025-01-13", "startTime", "09:00", "endDate", "2025-01-13", "endTime", "10:00");
            as(Caller.STAFF).succeeded();
        });
        test.changesNothing("POST /directory/persons/import", "reads the file and shows what the import would do, kept in the visitor's session"
                + " until confirmed (the confirmation is audited)", () -> {
            as(Caller.STAFF).get("/directory/persons/import");
            as(Caller.STAFF).form("/directory/persons/import").submitWithFile("file", "personnes.csv", "text/csv",
                    "prénom;nom;courriel\nAude;Aperçue;aude.apercue@couverture.test\n".getBytes(StandardCharsets.UTF_8));
        });
        test.changesNothing("POST /api/v1/selection/solve", "a selection computed on the request's own data, stored nowhere", () ->
                as(Caller.STAFF).api("POST", "/api/v1/selection/solve", "{\"places\":1,\"candidates\":[{\"id\":\"a\",\"score\":10}]}"));
        test.changesNothing("POST /api/v1/selection/forcing-cost", "what forcing a candidate would cost, on the request's own data", () ->
                as(Caller.STAFF).api("POST", "/api/v1/selection/forcing-cost?candidate=a",
                        "{\"places\":1,\"candidates\":[{\"id\":\"a\",\"score\":10},{\"id\":\"b\",\"score\":12}]}"));
        test.changesNothing("POST /api/v1/selection/replacement", "a replacement computed on the request's own data", () ->
                as(Caller.STAFF).api("POST", "/api/v1/selection/replacement", "{}"));
        test.changesNothing("POST /api/v1/mixing/solve", "groups mixed on the request's own data, stored nowhere", () ->
                as(Caller.STAFF).api("POST", "/api/v1/mixing/solve", "{\"participants\":[],\"rounds\":[]}"));
    }
}
