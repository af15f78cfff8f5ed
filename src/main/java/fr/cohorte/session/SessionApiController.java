package fr.cohorte.session;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.cohorte.session.SessionApi.ActivityRequest;
import fr.cohorte.session.SessionApi.ActivityView;
import fr.cohorte.session.SessionApi.FieldError;
import fr.cohorte.session.SessionApi.SeminarRequest;
import fr.cohorte.session.SessionApi.SeminarView;
import fr.cohorte.session.SessionApi.SessionRequest;
import fr.cohorte.session.SessionApi.SessionView;
import fr.cohorte.web.ApiProblems;
import fr.cohorte.web.Text;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Sessions, seminars and activities for integrators. Writes follow the same rules as the staff
 * pages; a refusal is an RFC 9457 problem whose {@code errors} name each field at fault.
 */
@Tag(name = "sessions", description = "api.docs.tag.sessions")
@RestController
@RequestMapping("/api/v1/sessions")
class SessionApiController {

    private static final String SEMINAR = "/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}";

    private final SessionCatalogue catalogue;
    private final ProgrammeEditor editor;
    private final ProgrammeMessages explanations;
    private final MessageSource messages;
    private final ApiProblems problems;

    SessionApiController(SessionCatalogue catalogue, ProgrammeEditor editor, ProgrammeMessages explanations, MessageSource messages,
                         ApiProblems problems) {
        this.problems = problems;
        this.catalogue = catalogue;
        this.editor = editor;
        this.explanations = explanations;
        this.messages = messages;
    }

    @Operation(summary = "api.docs.sessions.list.summary", description = "api.docs.sessions.list.description")
    @GetMapping
    List<SessionView> list() {
        return catalogue.newestFirst().stream().map(session -> view(editor.session(session.getNumber()))).toList();
    }

    @Operation(summary = "api.docs.sessions.get.summary", description = "api.docs.sessions.get.description")
    @GetMapping("/{number:\\d{1,9}}")
    SessionView get(@PathVariable int number) {
        return view(editor.session(number));
    }

    @Operation(summary = "api.docs.sessions.create.summary", description = "api.docs.sessions.create.description")
    @ApiResponse(responseCode = "201", description = "api.docs.response.201", useReturnTypeSchema = true)
    @PostMapping
    ResponseEntity<SessionView> create(@Valid @RequestBody SessionRequest request) {
        Session session = editor.createSession(request.details());
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.getNumber())).body(view(editor.session(session.getNumber())));
    }

    @Operation(summary = "api.docs.sessions.update.summary", description = "api.docs.sessions.update.description")
    @PutMapping("/{number:\\d{1,9}}")
    SessionView update(@PathVariable int number, @Valid @RequestBody SessionRequest request) {
        Session session = editor.updateSession(number, requiredVersion(request.version()), request.details());
        return view(editor.session(session.getNumber()));
    }

    @Operation(summary = "api.docs.seminars.create.summary", description = "api.docs.seminars.create.description")
    @ApiResponse(responseCode = "201", description = "api.docs.response.201", useReturnTypeSchema = true)
    @PostMapping("/{number:\\d{1,9}}/seminars")
    ResponseEntity<SeminarView> createSeminar(@PathVariable int number, @Valid @RequestBody SeminarRequest request) {
        Seminar seminar = editor.createSeminar(number, seminarDetails(request));
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + number + "/seminars/" + seminar.getId()))
                .body(view(editor.seminar(seminar.getId())));
    }

    @Operation(summary = "api.docs.seminars.update.summary", description = "api.docs.seminars.update.description")
    @PutMapping(SEMINAR)
    SeminarView updateSeminar(@PathVariable int number, @PathVariable long seminar, @Valid @RequestBody SeminarRequest request) {
        editor.seminar(number, seminar);
        editor.updateSeminar(seminar, requiredVersion(request.version()), seminarDetails(request));
        return view(editor.seminar(seminar));
    }

    @Operation(summary = "api.docs.activities.create.summary", description = "api.docs.activities.create.description")
    @ApiResponse(responseCode = "201", description = "api.docs.response.201", useReturnTypeSchema = true)
    @PostMapping(SEMINAR + "/activities")
    ResponseEntity<ActivityView> createActivity(@PathVariable int number, @PathVariable long seminar,
                                                @Valid @RequestBody ActivityRequest request) {
        editor.seminar(number, seminar);
        Activity activity = editor.createActivity(seminar, activityDetails(request, seminar));
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + number + "/seminars/" + seminar + "/activities/" + activity.getId()))
                .body(view(editor.activity(activity.getId())));
    }

    @Operation(summary = "api.docs.activities.update.summary", description = "api.docs.activities.update.description")
    @PutMapping(SEMINAR + "/activities/{activity:\\d{1,18}}")
    ActivityView updateActivity(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity,
                                @Valid @RequestBody ActivityRequest request) {
        editor.activity(number, seminar, activity);
        editor.updateActivity(activity, requiredVersion(request.version()), activityDetails(request, seminar));
        return view(editor.activity(activity));
    }

    @Operation(summary = "api.docs.activities.cancel.summary", description = "api.docs.activities.cancel.description")
    @PostMapping(SEMINAR + "/activities/{activity:\\d{1,18}}/cancel")
    ActivityView cancelActivity(@PathVariable int number, @PathVariable long seminar, @PathVariable long activity) {
        editor.activity(number, seminar, activity);
        editor.cancelActivity(activity);
        return view(editor.activity(activity));
    }

    @ExceptionHandler
    ProblemDetail rejected(ProgrammeRejectedException rejected, Locale locale) {
        return invalid(locale, rejected.conflicts().stream()
                .map(conflict -> new FieldError(conflict.field(), explanations.explain(conflict, locale))).toList());
    }

    @ExceptionHandler
    ProblemDetail notValid(MethodArgumentNotValidException exception, Locale locale) {
        return invalid(locale, exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), messages.getMessage(error, locale))).toList());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException exception, Locale locale) {
        String field = exception.getCause() instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()
                ? json.getPath().stream().map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                        .reduce((left, right) -> left + "." + right).orElse("body")
                : "body";
        return invalid(locale, List.of(new FieldError(field, messages.getMessage("typeMismatch", null, locale))));
    }

    @ExceptionHandler
    ProblemDetail notFound(MethodArgumentTypeMismatchException exception, Locale locale) {
        return problems.problem(HttpStatus.NOT_FOUND, "not-found", locale);
    }

    @ExceptionHandler
    ProblemDetail changedMeanwhile(ObjectOptimisticLockingFailureException exception, Locale locale) {
        return problems.problem(HttpStatus.CONFLICT, "edit-conflict", locale);
    }

    private ProblemDetail invalid(Locale locale, List<FieldError> errors) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-programme", locale, errors.size());
        problem.setProperty("errors", errors);
        return problem;
    }

    private static SeminarDetails seminarDetails(SeminarRequest request) {
        return new SeminarDetails(request.ordinal(), request.title().trim(), request.startDate(), request.endDate(),
                request.city().trim(), request.country(), request.timeZone(), Boolean.TRUE.equals(request.studyTrip()),
                Text.blankToNull(request.logisticsNotes()));
    }

    private ActivityDetails activityDetails(ActivityRequest request, long seminarId) {
        request.checkLimits();
        ProgrammeEditor.ActivityTimes times = editor.activityTimes(seminarId, request.start(), request.end());
        return new ActivityDetails(request.type(), request.title().trim(), Text.blankToNull(request.description()),
                times.startsAt(), times.endsAt(), Text.blankToNull(request.venue()), Text.blankToNull(request.address()),
                request.speakerIds() == null ? Set.of() : new HashSet<>(request.speakerIds()), request.hostOrganisationId(),
                request.language() == null ? "fr" : request.language(), Boolean.TRUE.equals(request.interpretation()),
                request.visibility() == null ? ActivityVisibility.COHORT : request.visibility(), Boolean.TRUE.equals(request.parallelTrack()));
    }

    /**
     * The version the client read: an update without one would overwrite whatever changed since, so it is
     * refused rather than taken from the database (which would silently turn optimistic locking off).
     */
    private static long requiredVersion(Long version) {
        if (version == null) {
            throw new MissingVersionException();
        }
        return version;
    }

    /** An update sent without the version it was based on. */
    static final class MissingVersionException extends RuntimeException {
        MissingVersionException() {
            super("Missing version");
        }
    }

    @ExceptionHandler
    ProblemDetail missingVersion(MissingVersionException exception, Locale locale) {
        return invalid(locale, List.of(new FieldError("version", messages.getMessage("api.version.required", null, locale))));
    }

    private SessionView view(Session session) {
        return new SessionView(session.getNumber(), session.getTheme(), session.getDescription(), session.getStartDate(),
                session.getEndDate(), session.getStatus(), session.getProblemStatements(), session.getVersion(),
                session.getSeminars().stream().map(this::view).toList());
    }

    private SeminarView view(Seminar seminar) {
        return new SeminarView(seminar.getId(), seminar.getOrdinal(), seminar.getTitle(), seminar.getStartDate(),
                seminar.getEndDate(), seminar.getCity(), seminar.getCountry(), seminar.getTimeZone().getId(),
                seminar.isStudyTrip(), seminar.getLogisticsNotes(), seminar.getVersion(),
                editor.timetable(seminar.getId()).stream().map(SessionApiController::view).toList());
    }

    private static ActivityView view(ScheduledActivity line) {
        Activity a = line.activity();
        return new ActivityView(a.getId(), a.getUid().toString(), a.getType(), a.getTitle(), a.getDescription(),
                a.getStartsAt(), a.getEndsAt(), line.start().toLocalDateTime(), line.end().toLocalDateTime(),
                line.start().getZone().getId(), a.getVenue(), a.getAddress(),
                line.speakers().stream().map(ProgrammeSpeaker::id).toList(), a.getHostOrganisationId(), a.getLanguage(),
                a.isInterpretation(), a.getVisibility(), a.isParallelTrack(), a.isCancelled(), a.getSequence(),
                a.getUpdatedAt(), a.getVersion());
    }

    private ActivityView view(Activity activity) {
        var zone = activity.getSeminar().getTimeZone();
        return view(new ScheduledActivity(activity, activity.getStartsAt().atZone(zone), activity.getEndsAt().atZone(zone),
                editor.speakers(activity.getSpeakerIds())));
    }
}
