package fr.cohorte.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.cohorte.audit.AuditCoverageTest.Caller;
import fr.cohorte.audit.AuditCoverageTest.Visitor;
import fr.cohorte.directory.Civility;
import fr.cohorte.recruitment.ApplicantDetails;
import fr.cohorte.recruitment.Application;
import fr.cohorte.recruitment.Applications;
import fr.cohorte.recruitment.Gender;
import fr.cohorte.recruitment.Region;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.session.Session;
import fr.cohorte.session.SessionDetails;
import fr.cohorte.session.SessionStatus;

import static org.awaitility.Awaitility.await;

/**
 * The scenarios of the modules above the session: recruitment, grouping and publication. The targets
 * they expect follow the trail's convention, {@code kind:id} of the thing changed.
 */
final class AuditScenariosAbove {

    static final String SELECTION = "/staff/sessions/{number:\\d{1,9}}/selection";
    static final String GROUPS = "/staff/sessions/{number:\\d{1,9}}/groups";
    static final String CHAPTER = "/publications/{id}/manage/chapters/{chapterId}";

    private final AuditCoverageTest test;
    private int sessionNumber = 9600;

    AuditScenariosAbove(AuditCoverageTest test) {
        this.test = test;
    }

    void declare() {
        test.changesNothing("POST /staff/sessions/{number:\\d{1,9}}/applications/import", "reads the file and shows what the import"
                + " would do, kept in the visitor's session until confirmed (the confirmation is audited)", () -> {
            Session session = recruiting();
            String path = "/staff/sessions/" + session.getNumber() + "/applications/import";
            String header = new String(as(Caller.STAFF).download(path + "/template?format=csv"), StandardCharsets.UTF_8).lines().findFirst()
                    .orElseThrow();
            as(Caller.STAFF).get(path);
            as(Caller.STAFF).form(path).submitWithFile("file", "candidatures.csv", "text/csv",
                    (header + "\n" + importedLine(header)).getBytes(StandardCharsets.UTF_8));
        });
        recruitment();
        grouping();
        publication();
    }

    private Visitor as(Caller caller) {
        return test.as(caller);
    }

    private long id(String sql, Object... arguments) {
        return test.id(sql, arguments);
    }

    // --- recruitment ---

    /** A session whose call for applications is open, with four scored applications. */
    private Session recruiting() {
        ProgrammeEditor programme = test.bean(ProgrammeEditor.class);
        Applications applications = test.bean(Applications.class);
        Session session = programme.createSession(new SessionDetails(++sessionNumber, "Coopérer pour l’emploi", null,
                LocalDate.of(2034, 6, 1), LocalDate.of(2035, 6, 30), SessionStatus.RECRUITING, List.of()));
        applications.saveCall(session, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)), 30,
                "Rejoignez une promotion.");
        for (String name : List.of("Anne", "Bruno", "Chloé", "David")) {
            apply(session, name, 10 + name.length());
        }
        return session;
    }

    private Application apply(Session session, String givenName, int score) {
        Application application = test.bean(Applications.class).submit(session, new ApplicantDetails(Civility.MS, givenName, "Candidate",
                (givenName + "." + System.nanoTime() + "@example.org").toLowerCase(Locale.ROOT), null, "Organisation " + givenName,
                "Directrice", id("select min(id) from background"), "Emploi", Region.OCCITANIE, Gender.FEMALE, "Motivation.", false),
                "cv.pdf", AuditScenarios.PDF, Locale.FRENCH);
        test.jdbc().update("update application set jury_score = ? where id = ?", BigDecimal.valueOf(score), application.getId());
        return application;
    }

    /** A seat staff freed in a confirmed cohort: the selection page's address, who left, and the vacancy. */
    private record OpenSeat(String base, long withdrawn, long vacancy) {
    }

    private OpenSeat openSeat() {
        Session session = recruiting();
        confirmedRun(session);
        long withdrawn = selectedApplication(session);
        String base = "/staff/sessions/" + session.getNumber() + "/selection";
        as(Caller.STAFF).confirm(base + "/applications/" + withdrawn + "/withdraw");
        return new OpenSeat(base, withdrawn,
                id("select max(v.id) from selection_vacancy v join session s on s.id = v.session_id where s.number = ?", session.getNumber()));
    }

    private long runSelection(Session session, int seats) {
        String base = "/staff/sessions/" + session.getNumber() + "/selection";
        as(Caller.STAFF).get(base + "/settings");
        as(Caller.STAFF).form(base + "/settings").set("seats", String.valueOf(seats)).submit();
        as(Caller.STAFF).get(base);
        as(Caller.STAFF).form(base + "/runs").submit();
        return id("select max(r.id) from selection_run r join session s on s.id = r.session_id where s.number = ?", session.getNumber());
    }

    private long confirmedRun(Session session) {
        long run = runSelection(session, 2);
        String base = "/staff/sessions/" + session.getNumber() + "/selection";
        as(Caller.STAFF).confirm(base + "/runs/" + run + "/confirm");
        return run;
    }

    private long selectedApplication(Session session) {
        return id("select min(a.id) from application a join session s on s.id = a.session_id where s.number = ? and a.status = 'SELECTED'",
                session.getNumber());
    }

    private void recruitment() {
        test.audited("POST /sessions/{number:\\d{1,9}}/apply", () -> {
            Session session = recruiting();
            Visitor applicant = new Visitor(test);
            applicant.get("/sessions/" + session.getNumber() + "/apply");
            applicant.form("/sessions/" + session.getNumber() + "/apply").set("civility", "MS").set("givenName", "Agnès")
                    .set("familyName", "Postulante").set("email", "agnes" + System.nanoTime() + "@example.org")
                    .set("organisation", "Mairie de Lyon").set("positionTitle", "Directrice").set("sector", "Collectivités")
                    .set("backgroundId", String.valueOf(id("select min(id) from background")))
                    .set("region", "AUVERGNE_RHONE_ALPES").set("gender", "FEMALE").set("motivation", "Apprendre des autres.")
                    .set("consent", "true").submitWithFile("cv", "cv.pdf", "application/pdf", AuditScenarios.PDF);
            return "application:" + id("select max(id) from application");
        });
        test.audited("POST /applications/withdraw/{token}", () -> {
            Session session = recruiting();
            String email = "retrait" + System.nanoTime() + "@example.org";
            test.bean(Applications.class).submit(session, new ApplicantDetails(Civility.MR, "Rémi", "Retrait", email, null, "Renault",
                    "Directeur", id("select min(id) from background"), "Industrie", Region.NORMANDIE, Gender.MALE, "Motivation.", false),
                    "cv.pdf", AuditScenarios.PDF, Locale.FRENCH);
            String link = test.mailedLink(email, "/applications/withdraw/");
            Visitor applicant = new Visitor(test);
            applicant.get(link);
            applicant.form(link).submit();
            return "application:" + id("select id from application where email = ?", email);
        });
        test.audited("POST /staff/sessions/{number:\\d{1,9}}/applications/call", () -> {
            Session session = recruiting();
            String call = "/staff/sessions/" + session.getNumber() + "/applications/call";
            as(Caller.STAFF).get(call);
            as(Caller.STAFF).form(call).set("places", "24").submit();
            return "application-call:" + session.getNumber();
        });
        test.audited("POST /staff/sessions/{number:\\d{1,9}}/applications/import/confirm", () -> {
            Session session = recruiting();
            String path = "/staff/sessions/" + session.getNumber() + "/applications/import";
            byte[] template = as(Caller.STAFF).download(path + "/template?format=csv");
            String header = new String(template, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            as(Caller.STAFF).get(path);
            as(Caller.STAFF).form(path).submitWithFile("file", "candidatures.csv", "text/csv",
                    (header + "\n" + importedLine(header)).getBytes(StandardCharsets.UTF_8));
            as(Caller.STAFF).form(path + "/confirm").submit();
            return "applications";
        });
        test.audited("POST " + SELECTION + "/settings", () -> {
            Session session = recruiting();
            String settings = "/staff/sessions/" + session.getNumber() + "/selection/settings";
            as(Caller.STAFF).get(settings);
            as(Caller.STAFF).form(settings).set("seats", "3").submit();
            return "selection-settings:" + session.getNumber();
        });
        test.audited("POST " + SELECTION + "/forcing/{application:\\d{1,18}}", () -> {
            Session session = recruiting();
            long application = id("select min(a.id) from application a join session s on s.id = a.session_id where s.number = ?",
                    session.getNumber());
            as(Caller.STAFF).get("/staff/sessions/" + session.getNumber() + "/applications/" + application);
            as(Caller.STAFF).post("/staff/sessions/" + session.getNumber() + "/selection/forcing/" + application, "mode", "IN");
            as(Caller.STAFF).succeeded();
            return "application:" + application;
        });
        test.audited("POST " + SELECTION + "/runs", () -> "selection-run:" + runSelection(recruiting(), 2));
        test.audited("POST " + SELECTION + "/runs/{run:\\d{1,18}}/confirm", () -> "selection-run:" + confirmedRun(recruiting()));
        test.audited("POST " + SELECTION + "/applications/{application:\\d{1,18}}/withdraw", () -> {
            Session session = recruiting();
            confirmedRun(session);
            long application = selectedApplication(session);
            as(Caller.STAFF).confirm("/staff/sessions/" + session.getNumber() + "/selection/applications/" + application + "/withdraw");
            as(Caller.STAFF).succeeded();
            return "application:" + application;
        });
        test.audited("POST " + SELECTION + "/vacancies/{vacancy:\\d{1,18}}/accept", () -> {
            OpenSeat seat = openSeat();
            as(Caller.STAFF).get(seat.base());
            as(Caller.STAFF).form(seat.base() + "/vacancies/" + seat.vacancy() + "/accept").submit();
            return "application:" + id("select replacement_id from selection_vacancy where id = ?", seat.vacancy());
        });
        test.audited("POST " + SELECTION + "/vacancies/{vacancy:\\d{1,18}}/accept-short", () -> {
            OpenSeat seat = openSeat();
            // Every applicant is a woman: a minimum of men no cohort can hold leaves only a proposal short of it.
            as(Caller.STAFF).get(seat.base() + "/settings");
            as(Caller.STAFF).form(seat.base() + "/settings").set("genderMinPercent", "50").submit();
            as(Caller.STAFF).get(seat.base());
            as(Caller.STAFF).form(seat.base() + "/vacancies/" + seat.vacancy() + "/accept-short").submit();
            return "application:" + id("select replacement_id from selection_vacancy where id = ?", seat.vacancy());
        });
        test.audited("POST " + SELECTION + "/vacancies/{vacancy:\\d{1,18}}/leave-empty", () -> {
            OpenSeat seat = openSeat();
            as(Caller.STAFF).get(seat.base());
            as(Caller.STAFF).form(seat.base() + "/vacancies/" + seat.vacancy() + "/leave-empty")
                    .set("reason", "Le budget ne permet que 29 places.").submit();
            return "application:" + seat.withdrawn();
        });
        test.audited("POST " + SELECTION + "/proposal", () -> {
            Session session = recruiting();
            confirmedRun(session);
            String base = "/staff/sessions/" + session.getNumber() + "/selection";
            as(Caller.STAFF).get(base);
            as(Caller.STAFF).post(base + "/proposal");
            as(Caller.STAFF).succeeded();
            return "selection-settings:" + session.getNumber();
        });
        test.audited("POST " + SELECTION + "/proposal/{digest:[0-9a-f]{64}}/accept", () -> {
            Session session = recruiting();
            confirmedRun(session);
            String base = "/staff/sessions/" + session.getNumber() + "/selection";
            // Both waiting candidates forced in: once a seat frees, only a cohort without the other participant holds them.
            as(Caller.STAFF).get(base);
            for (Long waiting : test.jdbc().queryForList("select a.id from application a join session s on s.id = a.session_id "
                    + "where s.number = ? and a.status = 'WAITLISTED'", Long.class, session.getNumber())) {
                as(Caller.STAFF).post(base + "/forcing/" + waiting, "mode", "IN");
            }
            as(Caller.STAFF).confirm(base + "/applications/" + selectedApplication(session) + "/withdraw");
            String digest = test.jdbc().queryForObject("select p.input_digest from replacement_proposal p join session s "
                    + "on s.id = p.session_id where s.number = ? and p.kind = 'RESOLVED'", String.class, session.getNumber());
            long entering = id("select p.entering_ids[1] from replacement_proposal p join session s on s.id = p.session_id "
                    + "where s.number = ?", session.getNumber());
            as(Caller.STAFF).confirm(base + "/proposal/" + digest + "/accept");
            return "application:" + entering;
        });
        test.audited("POST /staff/sessions/{number:\\d{1,9}}/jury/criteria", () -> "jury-criterion:" + newCriterion());
        test.audited("POST /staff/sessions/{number:\\d{1,9}}/jury/criteria/defaults", () -> {
            Session session = recruiting();
            String jury = "/staff/sessions/" + session.getNumber() + "/jury";
            as(Caller.STAFF).get(jury);
            as(Caller.STAFF).form(jury + "/criteria/defaults").submit();
            return "jury-criterion:" + id("select max(c.id) from jury_criterion c join session s on s.id = c.session_id where s.number = ?",
                    session.getNumber());
        });
        test.audited("POST /staff/sessions/{number:\\d{1,9}}/jury/criteria/{id}", () -> {
            long criterion = newCriterion();
            as(Caller.STAFF).get("/staff/sessions/34/jury/criteria/" + criterion + "/edit");
            as(Caller.STAFF).form("/staff/sessions/34/jury/criteria/" + criterion).set("weight", "2").submit();
            return "jury-criterion:" + criterion;
        });
        test.audited("POST /staff/sessions/{number:\\d{1,9}}/jury/criteria/{id}/delete", () -> {
            long criterion = newCriterion();
            as(Caller.STAFF).get("/staff/sessions/34/jury");
            as(Caller.STAFF).form("/staff/sessions/34/jury/criteria/" + criterion + "/delete").submit();
            return "jury-criterion:" + criterion;
        });
        test.audited("POST /jury/sessions/{number:\\d{1,9}}/applications/{id}", () -> {
            // The 34th session's call is long closed; it is reopened for the time of one application.
            String status = test.jdbc().queryForObject("select status from session where number = 34", String.class);
            test.jdbc().update("update session set status = 'RECRUITING' where number = 34");
            Application application;
            try {
                Session session34 = test.bean(fr.cohorte.session.SessionCatalogue.class).byNumber(34);
                if (!test.bean(Applications.class).isOpen(session34)) {
                    test.bean(Applications.class).saveCall(session34, Instant.now().minus(Duration.ofDays(1)),
                            Instant.now().plus(Duration.ofDays(30)), 30, "Rejoignez la 34e promotion.");
                }
                application = apply(session34, "Josiane", 0);
            } finally {
                test.jdbc().update("update session set status = ? where number = 34", status);
            }
            test.jdbc().update("update application set jury_score = null where id = ?", application.getId());
            newCriterion();
            String sheet = "/jury/sessions/34/applications/" + application.getId();
            as(Caller.JURY).get(sheet);
            AuditCoverageTest.Form form = as(Caller.JURY).form(sheet);
            as(Caller.JURY).page().select("input[name^=\"marks[\"]").forEach(mark -> form.set(mark.attr("name"), "7"));
            form.submit();
            return "application:" + application.getId();
        });
    }

    private long newCriterion() {
        as(Caller.STAFF).get("/staff/sessions/34/jury");
        as(Caller.STAFF).form("/staff/sessions/34/jury/criteria").set("name", "Critère " + System.nanoTime()).set("weight", "1")
                .set("maximum", "10").submit();
        return id("select max(c.id) from jury_criterion c join session s on s.id = c.session_id where s.number = 34");
    }

    /** One line of the import template, filled as staff would: a value of the template's own kind in each column. */
    private String importedLine(String header) {
        StringBuilder line = new StringBuilder();
        String separator = header.contains(";") ? ";" : ",";
        for (String column : header.replace("\uFEFF", "").split(separator)) {
            String name = column.toLowerCase(Locale.ROOT).replace("\"", "");
            String value = name.contains("mail") ? "importee" + System.nanoTime() + "@example.org"
                    : name.contains("civilit") ? "Mme"
                    : name.contains("prénom") || name.contains("given") ? "Inès"
                    : name.contains("nom") || name.contains("family") ? "Importée"
                    : name.contains("horizon") || name.contains("background") ? test.jdbc().queryForObject(
                            "select code from background order by position limit 1", String.class)
                    : name.contains("région") || name.contains("region") ? "Occitanie"
                    : name.contains("genre") || name.contains("gender") ? "femme"
                    : name.contains("téléphone") || name.contains("phone") ? ""
                    : name.contains("conserver") || name.contains("keep") ? "non"
                    : "Texte";
            if (!line.isEmpty()) {
                line.append(separator);
            }
            line.append(value);
        }
        return line.append('\n').toString();
    }

    // --- grouping, on the 34th session's cohort ---

    private String groups() {
        return "/staff/sessions/34/groups";
    }

    private long newRound() {
        as(Caller.STAFF).get(groups());
        as(Caller.STAFF).form(groups() + "/rounds").set("sizing", "groups").set("groupCount", "6").set("count", "1").submit();
        return id("select max(r.id) from work_round r join session s on s.id = r.session_id where s.number = 34");
    }

    private long participant(int rank) {
        return test.jdbc().queryForList("select p.id from participant p join session s on s.id = p.session_id where s.number = 34"
                + " order by p.id", Long.class).get(rank);
    }

    /** Entries about one person of the cohort name the person, so that their erasure takes their name from the trail. */
    private String personOf(long participant) {
        return "person:" + id("select person_id from participant where id = ?", participant);
    }

    private void awaitSolveEnd() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300)).until(() -> test.jdbc().queryForObject(
                "select count(*) from grouping_solve g join session s on s.id = g.session_id where s.number = 34 and g.state = 'SOLVING'",
                Integer.class) == 0);
    }

    private void solve() {
        as(Caller.STAFF).get(groups());
        as(Caller.STAFF).form(groups() + "/settings").set("timeLimitSeconds", "1").submit();
        as(Caller.STAFF).get(groups());
        as(Caller.STAFF).form(groups() + "/solve").submit();
        awaitSolveEnd();
    }

    private void grouping() {
        test.audited("POST " + GROUPS + "/rounds", () -> "round:" + newRound());
        test.audited("POST " + GROUPS + "/rounds/{id}", () -> {
            long round = newRound();
            as(Caller.STAFF).get(groups() + "/rounds/" + round);
            as(Caller.STAFF).form(groups() + "/rounds/" + round).set("groupCount", "5").submit();
            return "round:" + round;
        });
        test.audited("POST " + GROUPS + "/rounds/{id}/absences", () -> {
            long round = newRound();
            as(Caller.STAFF).get(groups() + "/rounds/" + round);
            as(Caller.STAFF).post(groups() + "/rounds/" + round + "/absences", "absent", String.valueOf(participant(0)));
            as(Caller.STAFF).succeeded();
            return personOf(participant(0));
        });
        test.audited("POST " + GROUPS + "/rounds/{id}/rooms", () -> {
            long round = newRound();
            as(Caller.STAFF).get(groups() + "/rounds/" + round);
            as(Caller.STAFF).post(groups() + "/rounds/" + round + "/rooms", "room1", "B12");
            as(Caller.STAFF).succeeded();
            return "round:" + round;
        });
        test.audited("POST " + GROUPS + "/rounds/{id}/locks", () -> {
            long round = newRound();
            as(Caller.STAFF).get(groups() + "/rounds/" + round);
            as(Caller.STAFF).post(groups() + "/rounds/" + round + "/locks", "participant", String.valueOf(participant(1)), "group", "2");
            as(Caller.STAFF).succeeded();
            return personOf(participant(1));
        });
        test.audited("POST " + GROUPS + "/rounds/{id}/unlock", () -> {
            long round = newRound();
            as(Caller.STAFF).get(groups() + "/rounds/" + round);
            as(Caller.STAFF).post(groups() + "/rounds/" + round + "/locks", "participant", String.valueOf(participant(1)), "group", "2");
            as(Caller.STAFF).post(groups() + "/rounds/" + round + "/unlock", "participant", String.valueOf(participant(1)));
            as(Caller.STAFF).succeeded();
            return personOf(participant(1));
        });
        test.audited("POST " + GROUPS + "/rounds/{id}/delete", () -> {
            long round = newRound();
            as(Caller.STAFF).confirm(groups() + "/rounds/" + round + "/delete");
            as(Caller.STAFF).succeeded();
            return "round:" + round;
        });
        test.audited("POST " + GROUPS + "/settings", () -> {
            as(Caller.STAFF).get(groups());
            as(Caller.STAFF).form(groups() + "/settings").set("timeLimitSeconds", "2").submit();
            return "session:34";
        });
        test.audited("POST " + GROUPS + "/apart", () -> {
            as(Caller.STAFF).get(groups());
            as(Caller.STAFF).post(groups() + "/apart", "participant", String.valueOf(participant(2)), "other", String.valueOf(participant(3)));
            as(Caller.STAFF).succeeded();
            return personOf(participant(2));
        });
        test.audited("POST " + GROUPS + "/apart/delete", () -> {
            as(Caller.STAFF).get(groups());
            as(Caller.STAFF).post(groups() + "/apart", "participant", String.valueOf(participant(4)), "other", String.valueOf(participant(5)));
            as(Caller.STAFF).post(groups() + "/apart/delete", "participant", String.valueOf(participant(4)), "other", String.valueOf(participant(5)));
            as(Caller.STAFF).succeeded();
            return personOf(participant(4));
        });
        test.audited("POST " + GROUPS + "/solve", () -> {
            solve();
            return "session:34";
        });
        test.audited("POST " + GROUPS + "/solve/stop", () -> {
            as(Caller.STAFF).get(groups());
            as(Caller.STAFF).form(groups() + "/settings").set("timeLimitSeconds", "30").submit();
            as(Caller.STAFF).get(groups());
            as(Caller.STAFF).form(groups() + "/solve").submit();
            as(Caller.STAFF).post(groups() + "/solve/stop");
            as(Caller.STAFF).succeeded();
            awaitSolveEnd();
            return "session:34";
        });
        test.audited("POST " + GROUPS + "/accept", () -> {
            solve();
            as(Caller.STAFF).get(groups());
            as(Caller.STAFF).form(groups() + "/accept").submit();
            return "session:34";
        });
        test.audited("POST " + GROUPS + "/publish", () -> {
            as(Caller.STAFF).confirm(groups() + "/publish");
            return "session:34";
        });
    }

    // --- publication: the demo's book, publication 1, as its coordinator ---

    private long chapter() {
        return id("select min(id) from chapter where publication_id = 1");
    }

    private String chapterPath() {
        return "/publications/1/manage/chapters/" + chapter();
    }

    private void publication() {
        test.audited("POST " + CHAPTER, () -> {
            as(Caller.COORDINATOR).get(chapterPath());
            as(Caller.COORDINATOR).form(chapterPath()).set("body", "Un chapitre réécrit, " + System.nanoTime() + ".").submit();
            return "chapter:" + chapter();
        });
        test.audited("POST " + CHAPTER + "/compile", () -> {
            as(Caller.COORDINATOR).get(chapterPath() + "/compile");
            as(Caller.COORDINATOR).form(chapterPath() + "/compile").submit();
            return "chapter:" + chapter();
        });
        test.audited("POST " + CHAPTER + "/versions/{number}/restore", () -> {
            as(Caller.COORDINATOR).get(chapterPath());
            as(Caller.COORDINATOR).form(chapterPath()).set("body", "Une version à remplacer, " + System.nanoTime() + ".").submit();
            int first = test.jdbc().queryForObject("select min(number) from chapter_version where chapter_id = ?", Integer.class, chapter());
            as(Caller.COORDINATOR).get(chapterPath());
            as(Caller.COORDINATOR).form(chapterPath() + "/versions/" + first + "/restore").submit();
            return "chapter:" + chapter();
        });
        test.audited("POST " + CHAPTER + "/state", () -> {
            as(Caller.COORDINATOR).get(chapterPath());
            as(Caller.COORDINATOR).form(chapterPath() + "/state").submit();
            return "chapter:" + chapter();
        });
        test.audited("POST " + CHAPTER + "/comments", () -> {
            as(Caller.COORDINATOR).get(chapterPath());
            as(Caller.COORDINATOR).form(chapterPath() + "/comments").set("comment", "Resserrer l’introduction.").submit();
            return "chapter:" + chapter();
        });
        test.audited("POST /publications/{id}/manage/metadata", () -> {
            as(Caller.COORDINATOR).get("/publications/1/manage/metadata");
            as(Caller.COORDINATOR).form("/publications/1/manage/metadata").set("subtitle", "Édition revue " + System.nanoTime()).submit();
            return "publication:1";
        });
        test.audited("POST /publications/{id}/manage/publishers", () -> {
            long organisation = new AuditScenarios(test).newOrganisation("Coéditeur");
            as(Caller.COORDINATOR).get("/publications/1/manage/metadata");
            as(Caller.COORDINATOR).post("/publications/1/manage/publishers", "organisationId", String.valueOf(organisation));
            as(Caller.COORDINATOR).succeeded();
            return "publication:1";
        });
        test.audited("POST /publications/{id}/manage/publishers/{organisationId}", () -> {
            long organisation = new AuditScenarios(test).newOrganisation("Coéditeur retiré");
            as(Caller.COORDINATOR).get("/publications/1/manage/metadata");
            as(Caller.COORDINATOR).post("/publications/1/manage/publishers", "organisationId", String.valueOf(organisation));
            as(Caller.COORDINATOR).post("/publications/1/manage/publishers/" + organisation, "action", "remove");
            as(Caller.COORDINATOR).succeeded();
            return "publication:1";
        });
        test.audited("POST /publications/{id}/manage/coordinators", () -> {
            long person = new AuditScenarios(test).newPerson("Coordinatrice");
            as(Caller.COORDINATOR).get("/publications/1/manage/metadata");
            as(Caller.COORDINATOR).post("/publications/1/manage/coordinators", "personId", String.valueOf(person));
            as(Caller.COORDINATOR).succeeded();
            return "person:" + person;
        });
        test.audited("POST /publications/{id}/manage/coordinators/{personId}", () -> {
            long person = new AuditScenarios(test).newPerson("Coordinatrice retirée");
            as(Caller.COORDINATOR).get("/publications/1/manage/metadata");
            as(Caller.COORDINATOR).post("/publications/1/manage/coordinators", "personId", String.valueOf(person));
            as(Caller.COORDINATOR).post("/publications/1/manage/coordinators/" + person, "action", "remove");
            as(Caller.COORDINATOR).succeeded();
            return "person:" + person;
        });
        test.audited("POST /publications/{id}/manage/cover", () -> {
            as(Caller.COORDINATOR).get("/publications/1/manage/metadata");
            as(Caller.COORDINATOR).form("/publications/1/manage/cover").set("alternativeText", "Une couverture bleue")
                    .submitWithFile("file", "couverture.png", "image/png", png());
            return "publication:1";
        });
        test.audited("POST /publications/{id}/manage/cover/remove", () -> {
            as(Caller.COORDINATOR).get("/publications/1/manage/metadata");
            if (as(Caller.COORDINATOR).page().selectFirst("form[action=/publications/1/manage/cover/remove]") == null) {
                as(Caller.COORDINATOR).form("/publications/1/manage/cover").set("alternativeText", "Une couverture bleue")
                        .submitWithFile("file", "couverture.png", "image/png", png());
                as(Caller.COORDINATOR).get("/publications/1/manage/metadata");
            }
            as(Caller.COORDINATOR).form("/publications/1/manage/cover/remove").submit();
            return "publication:1";
        });
        test.audited("POST /publications/{id}/manage/upload", () -> {
            as(Caller.COORDINATOR).get("/publications/1/manage");
            as(Caller.COORDINATOR).form("/publications/1/manage/upload").submitWithFile("file", "livre.pdf", "application/pdf",
                    AuditScenarios.PDF);
            return "publication:1";
        });
        test.audited("POST /publications/{id}/manage/render", () -> {
            as(Caller.COORDINATOR).get("/publications/1/manage");
            as(Caller.COORDINATOR).form("/publications/1/manage/render").submit();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> test.jdbc().queryForObject(
                    "select count(*) from publication_rendering where publication_id = 1 and state = 'RENDERING'", Integer.class) == 0);
            return "publication:1";
        });
    }

    /** A small PNG image, made as a drawing program would. */
    static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(400, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
