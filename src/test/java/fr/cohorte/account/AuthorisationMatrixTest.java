package fr.cohorte.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.cohorte.CohorteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application declares, tried by every kind of caller. A route missing from the
 * table below fails the test: nobody can add a page without deciding who may reach it.
 */
@CohorteTest(properties = "cohorte.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    enum Caller { ANONYMOUS, PARTICIPANT, JURY, COORDINATOR, STAFF, ADMIN }

    /** Who may reach a route. */
    enum Access {
        PUBLIC(EnumSet.allOf(Caller.class)),
        LOGGED_IN(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS))),
        STAFF(EnumSet.of(Caller.STAFF, Caller.ADMIN)),
        ADMIN(EnumSet.of(Caller.ADMIN)),
        /** Staff, administrators and the coordinators of that publication (the test's coordinator holds publication 1). */
        PUBLICATION_EDITORS(EnumSet.of(Caller.COORDINATOR, Caller.STAFF, Caller.ADMIN)),
        /** The alumni directory with its default setting (cohorte.alumni.directory=participants). */
        ALUMNI(EnumSet.of(Caller.PARTICIPANT, Caller.STAFF, Caller.ADMIN)),
        /** The jury's pages of session 34: its jurors (the test's juror holds session 34), staff and administrators read them. */
        JURY_READERS(EnumSet.of(Caller.JURY, Caller.STAFF, Caller.ADMIN)),
        /** Marking an application of session 34: its jurors only, staff read but do not mark. */
        JURORS(EnumSet.of(Caller.JURY)),
        /** Writing in session 34: its participants only (the test's participant holds session 34). */
        SESSION_34_PARTICIPANTS(EnumSet.of(Caller.PARTICIPANT)),
        /** Approving session 34's public contributions: its coordinators only (the test's coordinator holds its book, publication 1). */
        SESSION_34_COORDINATORS(EnumSet.of(Caller.COORDINATOR)),
        /** Reached only through the server's own error dispatch, never by a direct call. */
        NOBODY(EnumSet.noneOf(Caller.class));

        final Set<Caller> allowed;

        Access(Set<Caller> allowed) {
            this.allowed = allowed;
        }
    }

    static final Map<String, Access> EXPECTED = Map.ofEntries(
            entry("GET /", Access.PUBLIC),
            entry("GET /sessions/{number:\\d{1,9}}", Access.PUBLIC),
            entry("GET /pages/{slug}", Access.PUBLIC),
            entry("GET /login", Access.PUBLIC),
            entry("GET /invitation/{token}", Access.PUBLIC),
            entry("POST /invitation/{token}", Access.PUBLIC),
            entry("GET /password/forgotten", Access.PUBLIC),
            entry("POST /password/forgotten", Access.PUBLIC),
            entry("GET /password/reset/{token}", Access.PUBLIC),
            entry("POST /password/reset/{token}", Access.PUBLIC),
            entry("GET /me", Access.LOGGED_IN),
            entry("GET /me/password", Access.LOGGED_IN),
            entry("POST /me/password", Access.LOGGED_IN),
            entry("POST /me/logout-everywhere", Access.LOGGED_IN),
            entry("GET /me/tokens", Access.LOGGED_IN),
            entry("POST /me/tokens", Access.LOGGED_IN),
            entry("POST /me/tokens/{id}/revoke", Access.LOGGED_IN),
            entry("GET /admin/accounts", Access.ADMIN),
            entry("GET /admin/audit", Access.ADMIN),
            entry("POST /admin/accounts", Access.ADMIN),
            entry("POST /admin/accounts/{id}/clear-throttle", Access.ADMIN),
            entry("POST /admin/accounts/{id}/revoke", Access.ADMIN),
            // Horizons administration
            entry("GET /admin/horizons", Access.ADMIN),
            entry("POST /admin/horizons", Access.ADMIN),
            entry("GET /admin/horizons/{id}/edit", Access.ADMIN),
            entry("POST /admin/horizons/{id}", Access.ADMIN),
            entry("POST /admin/horizons/{id}/move", Access.ADMIN),
            // Footer pages, written by administrators
            entry("GET /admin/pages", Access.ADMIN),
            entry("GET /admin/search", Access.ADMIN),
            entry("GET /admin/search/progress", Access.ADMIN),
            entry("POST /admin/search/reindex", Access.ADMIN),
            entry("GET /search", Access.PUBLIC),
            entry("GET /admin/pages/{slug}/edit", Access.ADMIN),
            entry("POST /admin/pages/{slug}", Access.ADMIN),
            entry("GET /directory/persons", Access.STAFF),
            entry("GET /directory/persons/export", Access.STAFF),
            entry("GET /directory/persons/new", Access.STAFF),
            entry("POST /directory/persons", Access.STAFF),
            entry("GET /directory/persons/{id}", Access.STAFF),
            entry("GET /directory/persons/{id}/edit", Access.STAFF),
            entry("POST /directory/persons/{id}", Access.STAFF),
            entry("GET /directory/organisations", Access.STAFF),
            entry("GET /directory/organisations/export", Access.STAFF),
            entry("GET /directory/organisations/new", Access.STAFF),
            entry("POST /directory/organisations", Access.STAFF),
            entry("GET /directory/organisations/{id}", Access.STAFF),
            entry("GET /directory/organisations/{id}/edit", Access.STAFF),
            entry("POST /directory/organisations/{id}", Access.STAFF),
            entry("GET /directory/persons/import", Access.STAFF),
            entry("GET /directory/partnerships", Access.STAFF),
            entry("GET /directory/alumni", Access.STAFF),
            entry("POST /directory/partnerships", Access.STAFF),
            // A partnership's page, edit, deletion and documents: staff only, downloads included.
            entry("GET /directory/partnerships/{partnership:\\d{1,18}}", Access.STAFF),
            entry("POST /directory/partnerships/{partnership:\\d{1,18}}", Access.STAFF),
            entry("GET /directory/partnerships/{partnership:\\d{1,18}}/edit", Access.STAFF),
            entry("GET /directory/partnerships/{partnership:\\d{1,18}}/delete", Access.STAFF),
            entry("POST /directory/partnerships/{partnership:\\d{1,18}}/delete", Access.STAFF),
            entry("POST /directory/partnerships/{partnership:\\d{1,18}}/documents", Access.STAFF),
            entry("GET /directory/partnerships/{partnership:\\d{1,18}}/documents/{document:\\d{1,18}}", Access.STAFF),
            entry("GET /directory/partnerships/{partnership:\\d{1,18}}/documents/{document:\\d{1,18}}/delete", Access.STAFF),
            entry("POST /directory/partnerships/{partnership:\\d{1,18}}/documents/{document:\\d{1,18}}/delete", Access.STAFF),
            entry("GET /directory/persons/{id}/personal-data", Access.STAFF),
            entry("POST /directory/persons/import", Access.STAFF),
            entry("POST /directory/persons/import/confirm", Access.STAFF),
            entry("GET /api/v1/me", Access.LOGGED_IN),
            entry("GET /api/v1/openapi", Access.LOGGED_IN),
            entry("GET /api/v1/openapi.yaml", Access.LOGGED_IN),
            entry("GET /staff/api", Access.STAFF),
            entry("GET /staff/api/openapi.json", Access.STAFF),
            entry("POST /api/v1/selection/solve", Access.STAFF),
            entry("POST /api/v1/mixing/solve", Access.STAFF),
            entry("POST /api/v1/selection/forcing-cost", Access.STAFF),
            entry("POST /api/v1/selection/replacement", Access.STAFF),
            // Building the programme: staff pages and the sessions API (issue 4)
            entry("GET /staff/sessions", Access.STAFF),
            entry("GET /staff/sessions/new", Access.STAFF),
            entry("POST /staff/sessions", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/edit", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/clone", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/clone", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/seminars/new", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/seminars", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/edit", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}", Access.STAFF),
            entry("GET /staff/sessions/time-zones", Access.STAFF),
            entry("GET /staff/sessions/speakers", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/new", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/check", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/edit", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/cancel", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/delete", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/delete", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/documents", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/documents/{document:\\d{1,18}}/delete", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/documents/{document:\\d{1,18}}/delete", Access.STAFF),
            entry("GET /documents/activities/{document:\\d{1,18}}", Access.LOGGED_IN),
            entry("GET /api/v1/sessions", Access.LOGGED_IN),
            entry("GET /api/v1/sessions/{number:\\d{1,9}}", Access.LOGGED_IN),
            entry("POST /api/v1/sessions", Access.STAFF),
            entry("PUT /api/v1/sessions/{number:\\d{1,9}}", Access.STAFF),
            entry("POST /api/v1/sessions/{number:\\d{1,9}}/seminars", Access.STAFF),
            entry("PUT /api/v1/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}", Access.STAFF),
            entry("POST /api/v1/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities", Access.STAFF),
            entry("PUT /api/v1/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}", Access.STAFF),
            entry("POST /api/v1/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/cancel", Access.STAFF),
            // Programme and calendars: public pages and feeds, the cohort's whole programme for staff,
            // a participant's own programme and feed (a secret address, no login).
            entry("GET /sessions/{number:\\d{1,9}}/programme", Access.PUBLIC),
            entry("GET /sessions/{number:\\d{1,9}}/programme.ics", Access.PUBLIC),
            entry("GET /sessions/{number:\\d{1,9}}/programme/export", Access.PUBLIC),
            entry("GET /sessions/{number:\\d{1,9}}/programme/cohort", Access.STAFF),
            entry("GET /sessions/{number:\\d{1,9}}/programme/cohort/export", Access.STAFF),
            entry("GET /calendar/{token}.ics", Access.PUBLIC),
            entry("GET /me/programme", Access.LOGGED_IN),
            entry("GET /me/programme/export", Access.LOGGED_IN),
            entry("POST /me/programme/feed", Access.LOGGED_IN),
            entry("POST /me/programme/feed/revoke", Access.LOGGED_IN),
            // Working groups
            entry("GET /staff/groups", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/groups", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/rounds", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}/delete", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}/delete", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}/absences", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}/rooms", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}/locks", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}/unlock", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}/export", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}/sheet", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/settings", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/apart", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/apart/delete", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/solve", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/solve/stop", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/groups/solve/progress", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/accept", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/groups/publish", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/groups/publish", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/groups/matrix", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/groups/people/{id}", Access.STAFF),
            // Publications catalogue, the management of a publication's file, OAI-PMH
            entry("GET /publications", Access.PUBLIC),
            entry("GET /publications/{id}", Access.PUBLIC),
            entry("GET /publications/{id}/pdf", Access.PUBLIC),
            entry("GET /publications/{id}/epub", Access.PUBLIC),
            entry("GET /publications/{id}/citation.{format:bib|ris|json}", Access.PUBLIC),
            entry("GET /publications/{id}/chapters/{number}", Access.PUBLIC),
            entry("GET /publications/{id}/chapters/{number}/citation.{format:bib|ris|json}", Access.PUBLIC),
            entry("GET /publications/{id}/manage", Access.PUBLICATION_EDITORS),
            entry("GET /publications/{id}/manage/rendering", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/render", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/upload", Access.PUBLICATION_EDITORS),
            entry("GET /publications/{id}/manage/chapters/{chapterId}", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/chapters/{chapterId}", Access.PUBLICATION_EDITORS),
            // Chapter versions, their diff, the review workflow and the book's metadata: the same editors as the chapter
            entry("GET /publications/{id}/manage/chapters/{chapterId}/diff", Access.PUBLICATION_EDITORS),
            entry("GET /publications/{id}/manage/chapters/{chapterId}/preview", Access.PUBLICATION_EDITORS),
            entry("GET /publications/{id}/manage/chapters/{chapterId}/compile", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/chapters/{chapterId}/compile", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/chapters/{chapterId}/versions/{number}/restore", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/chapters/{chapterId}/state", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/chapters/{chapterId}/comments", Access.PUBLICATION_EDITORS),
            entry("GET /publications/{id}/manage/metadata", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/metadata", Access.PUBLICATION_EDITORS),
            // The book's co-publishers, coordinators and cover: the same editors as its metadata; the cover image is public
            entry("POST /publications/{id}/manage/publishers", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/publishers/{organisationId}", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/coordinators", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/coordinators/{personId}", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/cover", Access.PUBLICATION_EDITORS),
            entry("POST /publications/{id}/manage/cover/remove", Access.PUBLICATION_EDITORS),
            entry("GET /publications/{id}/cover", Access.PUBLIC),
            entry("GET /oai", Access.PUBLIC),
            entry("POST /oai", Access.PUBLIC),
            // Personal data: erasure, rectification, merge of duplicates, photos, alumni directory
            entry("GET /directory/persons/{id}/erase", Access.STAFF),
            entry("POST /directory/persons/{id}/erase", Access.STAFF),
            entry("GET /directory/persons/merge", Access.STAFF),
            entry("POST /directory/persons/merge", Access.STAFF),
            entry("GET /directory/organisations/merge", Access.STAFF),
            entry("POST /directory/organisations/merge", Access.STAFF),
            entry("GET /directory/persons/{id}/photo", Access.STAFF),
            entry("GET /me/photo", Access.LOGGED_IN),
            // knowledge: contributions. Anyone asks for a list or a contribution (each reader sees what they may read);
            // the rest needs a login, and the service lets only authors, the session's participants or coordinators act.
            entry("GET /knowledge/sessions/{number:\\d{1,9}}/contributions", Access.PUBLIC),
            entry("GET /knowledge/sessions/{number:\\d{1,9}}/contributions/new", Access.SESSION_34_PARTICIPANTS),
            entry("POST /knowledge/sessions/{number:\\d{1,9}}/contributions", Access.SESSION_34_PARTICIPANTS),
            entry("GET /knowledge/sessions/{number:\\d{1,9}}/approvals", Access.SESSION_34_COORDINATORS),
            entry("GET /knowledge/contributions/{contribution:\\d{1,18}}", Access.PUBLIC),
            entry("GET /knowledge/contributions/{contribution:\\d{1,18}}/edit", Access.LOGGED_IN),
            entry("POST /knowledge/contributions/{contribution:\\d{1,18}}/edit", Access.LOGGED_IN),
            entry("POST /knowledge/contributions/{contribution:\\d{1,18}}/autosave", Access.LOGGED_IN),
            entry("POST /knowledge/contributions/preview", Access.LOGGED_IN),
            entry("GET /knowledge/contributions/{contribution:\\d{1,18}}/versions", Access.LOGGED_IN),
            entry("GET /knowledge/contributions/{contribution:\\d{1,18}}/authors", Access.LOGGED_IN),
            entry("POST /knowledge/contributions/{contribution:\\d{1,18}}/authors", Access.LOGGED_IN),
            entry("POST /knowledge/contributions/{contribution:\\d{1,18}}/authors/{person:\\d{1,18}}/remove", Access.LOGGED_IN),
            entry("POST /knowledge/contributions/{contribution:\\d{1,18}}/visibility", Access.LOGGED_IN),
            // Drawing a practice from a note: staff and the note's session's coordinators; others are refused by the service.
            entry("POST /knowledge/contributions/{contribution:\\d{1,18}}/practice", Access.PUBLICATION_EDITORS),
            entry("POST /knowledge/contributions/{contribution:\\d{1,18}}/approve", Access.LOGGED_IN),
            entry("POST /knowledge/contributions/{contribution:\\d{1,18}}/withdraw-approval", Access.LOGGED_IN),
            entry("POST /knowledge/contributions/{contribution:\\d{1,18}}/attachments", Access.LOGGED_IN),
            entry("GET /knowledge/contributions/{contribution:\\d{1,18}}/attachments/{attachment:\\d{1,18}}", Access.PUBLIC),
            entry("GET /alumni", Access.ALUMNI),
            entry("GET /alumni/{id}/photo", Access.ALUMNI),
            entry("GET /me/profile", Access.LOGGED_IN),
            entry("POST /me/profile", Access.LOGGED_IN),
            // Applications: the public form, and the staff's call settings, list, detail, CV and export.
            entry("GET /sessions/{number:\\d{1,9}}/apply", Access.PUBLIC),
            entry("POST /sessions/{number:\\d{1,9}}/apply", Access.PUBLIC),
            entry("GET /sessions/{number:\\d{1,9}}/apply/sent", Access.PUBLIC),
            entry("GET /staff/sessions/{number:\\d{1,9}}/applications", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/applications/export", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/applications/call", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/applications/call", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/applications/{id}", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/applications/{id}/cv", Access.STAFF),
            // Intake: the applicant's withdrawal link, and the staff import of applications with its templates.
            entry("GET /applications/withdraw/{token}", Access.PUBLIC),
            entry("POST /applications/withdraw/{token}", Access.PUBLIC),
            entry("GET /staff/sessions/{number:\\d{1,9}}/applications/import", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/applications/import", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/applications/import/confirm", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/applications/import/template", Access.STAFF),
            // Selection: settings, runs and their explanations, forcing, what-if, confirmation, withdrawals, replacements.
            entry("GET /staff/sessions/{number:\\d{1,9}}/selection", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/selection/settings", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/settings", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/forcing/{application:\\d{1,18}}", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/runs", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/selection/runs/{run:\\d{1,18}}", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/selection/runs/{run:\\d{1,18}}/forcing-cost/{application:\\d{1,18}}", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/selection/runs/{run:\\d{1,18}}/export", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/selection/runs/{run:\\d{1,18}}/confirm", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/runs/{run:\\d{1,18}}/confirm", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/selection/compare", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/selection/applications/{application:\\d{1,18}}/withdraw", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/applications/{application:\\d{1,18}}/withdraw", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/vacancies/{vacancy:\\d{1,18}}/accept", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/vacancies/{vacancy:\\d{1,18}}/accept-short", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/vacancies/{vacancy:\\d{1,18}}/leave-empty", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/proposal", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/selection/proposal/{digest:[0-9a-f]{64}}/accept", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/selection/proposal/{digest:[0-9a-f]{64}}/accept", Access.STAFF),
            // The jury: staff set the criteria and see the jurors; the session's jurors score, staff read their pages.
            entry("GET /staff/sessions/{number:\\d{1,9}}/jury", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/jury/criteria", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/jury/criteria/defaults", Access.STAFF),
            entry("GET /staff/sessions/{number:\\d{1,9}}/jury/criteria/{id}/edit", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/jury/criteria/{id}", Access.STAFF),
            entry("POST /staff/sessions/{number:\\d{1,9}}/jury/criteria/{id}/delete", Access.STAFF),
            entry("GET /jury/sessions/{number:\\d{1,9}}/applications", Access.JURY_READERS),
            entry("GET /jury/sessions/{number:\\d{1,9}}/applications/{id}", Access.JURY_READERS),
            entry("POST /jury/sessions/{number:\\d{1,9}}/applications/{id}", Access.JURORS),
            entry("GET /jury/sessions/{number:\\d{1,9}}/applications/{id}/cv", Access.JURY_READERS),
            // knowledge: the public registry of practices and recommendations; staff configure its lists; staff and
            // the coordinators (the test's coordinator holds session 34's book) write practices and recommendations.
            entry("GET /practices", Access.PUBLIC),
            entry("GET /practices/{id}", Access.PUBLIC),
            entry("GET /practices/export.csv", Access.PUBLIC),
            entry("GET /practices/export.xlsx", Access.PUBLIC),
            entry("GET /api/v1/practices", Access.PUBLIC),
            entry("GET /recommendations", Access.PUBLIC),
            entry("GET /recommendations/{id}", Access.PUBLIC),
            entry("GET /knowledge/taxonomies", Access.STAFF),
            entry("POST /knowledge/taxonomies", Access.STAFF),
            entry("POST /knowledge/taxonomies/terms/{id}", Access.STAFF),
            entry("POST /knowledge/taxonomies/terms/{id}/order", Access.STAFF),
            entry("POST /knowledge/taxonomies/terms/{id}/retire", Access.STAFF),
            entry("POST /knowledge/taxonomies/terms/{id}/reinstate", Access.STAFF),
            entry("GET /knowledge/practices", Access.PUBLICATION_EDITORS),
            entry("GET /knowledge/practices/new", Access.PUBLICATION_EDITORS),
            entry("POST /knowledge/practices", Access.PUBLICATION_EDITORS),
            entry("GET /knowledge/practices/{id}/edit", Access.PUBLICATION_EDITORS),
            entry("POST /knowledge/practices/{id}", Access.PUBLICATION_EDITORS),
            entry("POST /knowledge/practices/{id}/status", Access.PUBLICATION_EDITORS),
            entry("POST /knowledge/practices/{id}/sources", Access.PUBLICATION_EDITORS),
            entry("POST /knowledge/practices/{id}/sources/{sourceId}/delete", Access.PUBLICATION_EDITORS),
            entry("GET /knowledge/recommendations/new", Access.PUBLICATION_EDITORS),
            entry("POST /knowledge/recommendations", Access.PUBLICATION_EDITORS),
            entry("GET /knowledge/recommendations/{id}/edit", Access.PUBLICATION_EDITORS),
            entry("POST /knowledge/recommendations/{id}", Access.PUBLICATION_EDITORS),
            entry("POST /knowledge/recommendations/{id}/status", Access.PUBLICATION_EDITORS),
            entry("GET /error", Access.PUBLIC),
            entry("POST /error", Access.NOBODY));

    static final String PASSWORD = "Mot de passe de la matrice";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TestAccounts testAccounts;

    @BeforeAll
    void oneAccountPerRole() {
        account(Caller.PARTICIPANT, RoleGrant.scoped(Role.PARTICIPANT, 34));
        account(Caller.JURY, RoleGrant.scoped(Role.JURY, 34));
        account(Caller.COORDINATOR, RoleGrant.scoped(Role.COORDINATOR, 1));
        account(Caller.STAFF, RoleGrant.global(Role.STAFF));
        account(Caller.ADMIN, RoleGrant.global(Role.ADMIN));
    }

    @Test
    void everyRouteHasAnExpectedAccess() {
        Set<String> declared = declaredRoutes();

        assertThat(new TreeSet<>(declared))
                .as("routes without a rule in this test: decide who may reach them")
                .allSatisfy(route -> assertThat(EXPECTED).containsKey(route));
        assertThat(new TreeSet<>(EXPECTED.keySet()))
                .as("rules for routes that no longer exist")
                .allSatisfy(route -> assertThat(declared).contains(route));
    }

    @Test
    void everyCallerReachesExactlyTheRoutesTheirRoleAllows() {
        List<String> wrong = new ArrayList<>();
        for (String route : new TreeSet<>(declaredRoutes())) {
            Access access = EXPECTED.get(route);
            if (access == null) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                int[] status = new int[1];
                boolean allowed = reaches(caller, route, status);
                // /error called directly has no error to describe and answers 500 by design.
                if (status[0] >= 500 && !route.endsWith(" /error")) {
                    wrong.add(route + " as " + caller + ": server error " + status[0]);
                }
                if (allowed != access.allowed.contains(caller)) {
                    wrong.add(route + " as " + caller + ": " + (allowed ? "let in" : "refused") + ", expected " + access);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Set<String> declaredRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPathPatternsCondition().getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                    routes.add("POST " + pattern);
                } else {
                    methods.forEach(method -> routes.add(method.name() + " " + pattern));
                }
            }
        }
        return routes;
    }

    /** Calls the route as that caller would, and tells whether the security rules let them in. */
    private boolean reaches(Caller caller, String route, int[] status) {
        String method = route.substring(0, route.indexOf(' '));
        String path = concrete(route.substring(route.indexOf(' ') + 1));
        if (path.startsWith("/api/")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
            if (caller != Caller.ANONYMOUS) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((email(caller) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            status[0] = send(HttpClient.newHttpClient(), request).statusCode();
            return status[0] != 401 && status[0] != 403;
        }
        Browser browser = browser(caller);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(browser.csrf(), StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = send(browser.client(), request);
        status[0] = response.statusCode();
        if (method.equals("POST") && !browser.stillLoggedIn()) {
            browsers.remove(caller);
        }
        // The login entry point redirects to the bare /login; pages that send someone to log in
        // after a success add a reason (/login?loggedOutEverywhere).
        boolean sentToLogin = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login");
        return response.statusCode() != 401 && response.statusCode() != 403 && !sentToLogin;
    }

    /** A caller's browser, logged in once and kept while its session lives: logging in hashes a password, which was most of this test's time. */
    private record Browser(HttpClient client, String csrf, URI me) {

        /** Whether the session survived the last call (a log-out or "log out everywhere" ends it); never kept for anonymous. */
        boolean stillLoggedIn() {
            return me != null && send(client, HttpRequest.newBuilder(me).header("Accept", "text/html")).statusCode() == 200;
        }
    }

    private final Map<Caller, Browser> browsers = new EnumMap<>(Caller.class);

    private Browser browser(Caller caller) {
        return browsers.computeIfAbsent(caller, c -> {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String csrf = c == Caller.ANONYMOUS ? csrfFrom(client, "/login") : logIn(client, c);
            return new Browser(client, csrf, c == Caller.ANONYMOUS ? null : uri("/me"));
        });
    }

    private String logIn(HttpClient browser, Caller caller) {
        String csrf = csrfFrom(browser, "/login");
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email(caller), StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))));
        assertThat(login.headers().firstValue("Location")).as("login of " + caller).hasValueSatisfying(
                location -> assertThat(location).endsWith("/me"));
        Document me = Jsoup.parse(send(browser, HttpRequest.newBuilder(uri("/me")).header("Accept", "text/html")).body());
        return me.select("meta[name=_csrf]").attr("content");
    }

    private String csrfFrom(HttpClient browser, String path) {
        Document page = Jsoup.parse(send(browser, HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")).body());
        return page.select("input[name=_csrf]").val();
    }

    private void account(Caller caller, RoleGrant grant) {
        testAccounts.create(email(caller), grant, PASSWORD);
    }

    private static String email(Caller caller) {
        return caller.name().toLowerCase() + "@matrice.test";
    }

    private static String concrete(String pattern) {
        return pattern
                .replace("{number:\\d{1,9}}", "34")
                .replace("{slug}", "mentions-legales")
                .replace("{token}", "lien-inconnu")
                .replace("{id}", "1")
                .replace("{seminar:\\d{1,18}}", "1")
                // An activity that does not exist: the calls reach the route without cancelling or deleting demo data.
                .replace("{activity:\\d{1,18}}", "999999")
                .replace("{document:\\d{1,18}}", "999999")
                .replace("{chapterId}", "1")
                // A source that does not exist: removing it removes nothing.
                .replace("{sourceId}", "999999")
                // A co-publisher or coordinator that does not exist: reordering or removing it changes nothing.
                .replace("{organisationId}", "999999")
                .replace("{personId}", "999999")
                .replace("{number}", "1")
                .replace("{format:bib|ris|json}", "bib")
                // A partnership that does not exist, so that calling its deletion deletes nothing.
                .replace("{partnership:\\d{1,18}}", "999999")
                // Selection runs, applications and freed seats that do not exist: nothing is confirmed, withdrawn or filled.
                .replace("{run:\\d{1,18}}", "999999")
                .replace("{application:\\d{1,18}}", "999999")
                .replace("{vacancy:\\d{1,18}}", "999999")
                .replace("{digest:[0-9a-f]{64}}", "0".repeat(64))
                // Contributions, their authors and attachments that do not exist: nothing is approved, changed or removed.
                .replace("{contribution:\\d{1,18}}", "999999")
                .replace("{person:\\d{1,18}}", "999999")
                .replace("{attachment:\\d{1,18}}", "999999");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
