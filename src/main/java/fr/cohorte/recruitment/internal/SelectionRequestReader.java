package fr.cohorte.recruitment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.cohorte.recruitment.InvalidSelectionRequestException;
import fr.cohorte.recruitment.InvalidSelectionRequestException.FieldError;
import fr.cohorte.recruitment.SelectionLimits;
import fr.cohorte.recruitment.SelectionRequest;
import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.web.RequestLimitExceededException;

/**
 * Turns a request into a {@link SelectionProblem}, or refuses it with every field at fault named (the
 * first {@value #MAX_ERRORS}), or refuses it at once when it exceeds one of the {@link SelectionLimits}.
 * Settings that are well formed but cannot hold together are not errors here: the selection explains them.
 */
final class SelectionRequestReader {

    /** Errors listed in a refusal; a request with more is told how many more, not each. */
    static final int MAX_ERRORS = 100;
    /** The longest a request may ask the solver to search, as for the mixing solver. */
    static final int MAX_TIME_LIMIT_SECONDS = 600;

    private final SelectionMessages messages;
    private final List<FieldError> errors = new ArrayList<>();
    private int unlistedErrors;

    private SelectionRequestReader(SelectionMessages messages) {
        this.messages = messages;
    }

    static SelectionProblem read(SelectionRequest request, SelectionLimits limits, SelectionMessages messages) {
        checkLimits(request, limits);
        return new SelectionRequestReader(messages).problem(request);
    }

    /**
     * Refuses a request larger than the limits before reading any of it. Ids and values are bounded
     * too, since each comes back in other candidates' sentences; the lists of people forced in or out
     * could only repeat themselves past the number of candidates.
     */
    static void checkLimits(SelectionRequest request, SelectionLimits limits) {
        List<Candidate> candidates = request.candidates();
        RequestLimitExceededException.check("candidates", limits.maxCandidates(), candidates.size(), "candidates");
        RequestLimitExceededException.check("quotas", limits.maxQuotas(), request.quotas().size(), "quotas");
        RequestLimitExceededException.check("seats", limits.maxSeats(), request.seatsOrDefault(), "seats");
        RequestLimitExceededException.check("forceIn", candidates.size(), request.forceIn().size(), "forceIn");
        RequestLimitExceededException.check("forceOut", candidates.size(), request.forceOut().size(), "forceOut");
        int longest = SelectionLimits.MAX_TEXT_LENGTH;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (candidate != null) {
                String field = "candidates[" + i + "].";
                RequestLimitExceededException.checkLength("textLength", longest, candidate.id(), field + "id");
                RequestLimitExceededException.checkLength("textLength", longest, candidate.background(), field + "background");
                RequestLimitExceededException.checkLength("textLength", longest, candidate.gender(), field + "gender");
                RequestLimitExceededException.checkLength("textLength", longest, candidate.organisation(), field + "organisation");
                RequestLimitExceededException.checkLength("textLength", longest, candidate.region(), field + "region");
            }
        }
        for (int i = 0; i < request.quotas().size(); i++) {
            SelectionRequest.Quota quota = request.quotas().get(i);
            if (quota != null) {
                RequestLimitExceededException.checkLength("textLength", longest, quota.attribute(), "quotas[" + i + "].attribute");
                RequestLimitExceededException.checkLength("textLength", longest, quota.value(), "quotas[" + i + "].value");
            }
        }
    }

    private SelectionProblem problem(SelectionRequest request) {
        int seats = request.seatsOrDefault();
        if (seats < 0) {
            reject("seats", ReasonCode.NEGATIVE, seats);
        }
        if (request.timeLimitSeconds() != null && request.timeLimitSeconds() < 1) {
            reject("timeLimitSeconds", ReasonCode.NOT_POSITIVE, request.timeLimitSeconds());
        } else if (request.timeLimitSeconds() != null && request.timeLimitSeconds() > MAX_TIME_LIMIT_SECONDS) {
            reject("timeLimitSeconds", ReasonCode.TIME_LIMIT_TOO_LONG, MAX_TIME_LIMIT_SECONDS, request.timeLimitSeconds());
        }
        if (request.maxPerOrganisation() != null && request.maxPerOrganisation() < 1) {
            reject("maxPerOrganisation", ReasonCode.NOT_POSITIVE, request.maxPerOrganisation());
        }
        Map<String, Integer> indexById = candidates(request.candidates(), seats);
        List<Quota> quotas = quotas(request.quotas());
        int size = request.candidates().size();
        boolean[] forcedIn = forced("forceIn", request.forceIn(), indexById, size);
        boolean[] forcedOut = forced("forceOut", request.forceOut(), indexById, size);
        for (int i = 0; i < request.forceOut().size(); i++) {
            Integer index = indexById.get(request.forceOut().get(i));
            if (index != null && forcedIn[index]) {
                reject("forceOut[" + i + "]", ReasonCode.FORCED_IN_AND_OUT, request.forceOut().get(i));
            }
        }
        if (unlistedErrors > 0) {
            errors.add(new FieldError("", messages.text(Reason.of(ReasonCode.MORE_ERRORS, unlistedErrors))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSelectionRequestException(errors);
        }
        ScoreScale scale = ScoreScale.fitting(request.candidates().stream().map(Candidate::score).toList());
        List<Application> applications = new ArrayList<>(request.candidates().size());
        for (Candidate candidate : request.candidates()) {
            String[] values = new String[CandidateAttribute.values().length];
            for (CandidateAttribute attribute : CandidateAttribute.values()) {
                values[attribute.ordinal()] = attribute.of(candidate);
            }
            applications.add(new Application(applications.size(), candidate.id(), scale.scaled(candidate.score()), values));
        }
        int cap = request.maxPerOrganisation() == null ? SelectionProblem.NO_CAP : request.maxPerOrganisation();
        return new SelectionProblem(seats, List.copyOf(applications), quotas, cap, forcedIn, forcedOut, scale,
                request.timeLimitSecondsOrDefault());
    }

    private Map<String, Integer> candidates(List<Candidate> candidates, int seats) {
        Map<String, Integer> indexById = new HashMap<>(candidates.size() * 2);
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            String field = "candidates[" + i + "]";
            if (candidate == null) {
                reject(field, ReasonCode.REQUIRED);
                continue;
            }
            if (candidate.id() == null || candidate.id().isBlank()) {
                reject(field + ".id", ReasonCode.REQUIRED);
            } else {
                Integer first = indexById.putIfAbsent(candidate.id(), i);
                if (first != null) {
                    reject(field + ".id", ReasonCode.DUPLICATE_ID, candidate.id(), "candidates[" + first + "]");
                }
            }
            if (candidate.score() == null) {
                reject(field + ".score", ReasonCode.REQUIRED);
            } else if (!new ScoreScale(ScoreScale.MAX_DECIMALS).fits(candidate.score(), seats)) {
                reject(field + ".score", ReasonCode.SCORE_TOO_LARGE, candidate.score());
            }
        }
        return indexById;
    }

    private List<Quota> quotas(List<SelectionRequest.Quota> settings) {
        List<Quota> quotas = new ArrayList<>();
        Map<String, Integer> positionByTarget = new HashMap<>();
        for (int i = 0; i < settings.size(); i++) {
            SelectionRequest.Quota setting = settings.get(i);
            String field = "quotas[" + i + "]";
            if (setting == null) {
                reject(field, ReasonCode.REQUIRED);
                continue;
            }
            CandidateAttribute attribute = null;
            if (setting.attribute() == null) {
                reject(field + ".attribute", ReasonCode.REQUIRED);
            } else {
                attribute = CandidateAttribute.byField(setting.attribute()).orElse(null);
                if (attribute == null) {
                    reject(field + ".attribute", ReasonCode.UNKNOWN_ATTRIBUTE, setting.attribute(), CandidateAttribute.fieldNames());
                }
            }
            String value = setting.value() == null ? null : setting.value().strip();
            if (value == null || value.isEmpty()) {
                reject(field + ".value", ReasonCode.REQUIRED);
            }
            int min = Objects.requireNonNullElse(setting.min(), 0);
            int max = Objects.requireNonNullElse(setting.max(), Quota.NO_MAXIMUM);
            if (min < 0) {
                reject(field + ".min", ReasonCode.NEGATIVE, min);
            }
            if (max < 0) {
                reject(field + ".max", ReasonCode.NEGATIVE, max);
            } else if (min > max) {
                reject(field + ".min", ReasonCode.MIN_ABOVE_MAX, min, max);
            }
            if (attribute != null && value != null && !value.isEmpty()) {
                Integer first = positionByTarget.putIfAbsent(attribute.field() + "\u0000" + value, i);
                if (first != null) {
                    reject(field, ReasonCode.DUPLICATE_QUOTA, attribute, value, "quotas[" + first + "]");
                }
                quotas.add(new Quota(i, attribute, value, min, max));
            }
        }
        return List.copyOf(quotas);
    }

    private boolean[] forced(String field, List<String> ids, Map<String, Integer> indexById, int size) {
        boolean[] forced = new boolean[size];
        for (int i = 0; i < ids.size(); i++) {
            Integer index = indexById.get(ids.get(i));
            if (index == null) {
                reject(field + "[" + i + "]", ReasonCode.UNKNOWN_CANDIDATE, String.valueOf(ids.get(i)));
            } else {
                forced[index] = true;
            }
        }
        return forced;
    }

    private void reject(String field, ReasonCode code, Object... arguments) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, messages.text(Reason.of(code, arguments))));
        } else {
            unlistedErrors++;
        }
    }
}
