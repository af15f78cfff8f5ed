package fr.cohorte.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.cohorte.directory.Backgrounds;
import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.SelectionRequest.Quota;

/**
 * A session's applications as the selection sees them. Only applications still in the running with a
 * jury score take part: an unscored application is left out (and counted), never treated as a 0. A
 * candidate's id is the applicant's name followed by {@code #} and the application number, because the
 * engine's sentences quote ids, which the staff pages show by the name alone. Values are codes, never
 * words of one language: a horizon's id, a region's or gender's name; {@link SelectionWording} names them
 * in the reader's language when a run is read, and the quotas a proposal leaves short are the settings'
 * own values.
 */
record SelectionPool(List<Application> scored, int unscored, SelectionRequest request) {

    /** The engine's field for the gender band's quotas (the settings keep the band as a percentage, not as a quota row). */
    static final String GENDER = "gender";
    private static final Pattern ID = Pattern.compile("#(\\d+)$");
    static final List<Gender> BANDED_GENDERS = List.of(Gender.FEMALE, Gender.MALE);

    /** @param extras the applications no longer in the running that the request must still know (all who withdrew from open seats) */
    static SelectionPool of(List<Application> applications, java.util.Collection<Application> extras, SelectionSettings settings,
                            Backgrounds backgrounds) {
        java.util.Set<Long> extraIds = extras.stream().map(Application::getId).collect(Collectors.toSet());
        List<Application> scored = new ArrayList<>();
        int unscored = 0;
        for (Application application : applications) {
            if (application.getStatus().isInTheRunning() || extraIds.contains(application.getId())) {
                if (application.getJuryScore() == null) {
                    unscored++;
                } else {
                    scored.add(application);
                }
            }
        }
        List<Candidate> candidates = scored.stream().map(a -> new Candidate(idOf(a), a.getJuryScore(),
                String.valueOf(a.getBackground().getId()), a.getGender() == null ? null : a.getGender().name(),
                a.getOrganisation(), a.getRegion() == null ? null : a.getRegion().name())).toList();
        Map<Long, Application> byId = scored.stream().collect(Collectors.toMap(Application::getId, Function.identity()));
        List<Quota> quotas = new ArrayList<>();
        java.util.Set<String> horizons = backgrounds.all().stream().map(b -> String.valueOf(b.getId())).collect(Collectors.toSet());
        for (SelectionSettings.QuotaSetting quota : settings.getQuotas()) {
            // A quota on a horizon deleted since it was set counts nobody: it is left out, as before.
            if (!quota.attribute().equals(SelectionSettings.QuotaSetting.BACKGROUND) || horizons.contains(quota.value())) {
                quotas.add(new Quota(quota.attribute(), quota.value(), quota.minCount(), quota.maxCount()));
            }
        }
        if (settings.getGenderMinPercent() != null && settings.getGenderMinPercent() > 0) {
            int minimum = genderMinimum(settings);
            BANDED_GENDERS.forEach(g -> quotas.add(new Quota(GENDER, g.name(), minimum, null)));
        }
        List<String> forceIn = settings.forcedIn().stream().map(byId::get).filter(a -> a != null && !extraIds.contains(a.getId()))
                .map(SelectionPool::idOf).toList();
        List<String> forceOut = settings.forcedOut().stream().map(byId::get).filter(a -> a != null && !extraIds.contains(a.getId()))
                .map(SelectionPool::idOf).toList();
        SelectionRequest request = new SelectionRequest(settings.getSeats(), candidates, quotas,
                settings.getMaxPerOrganisation(), forceIn, forceOut, null);
        return new SelectionPool(scored, unscored, request);
    }

    /** At least this many women and as many men: the percentage of the seats, rounded up. */
    static int genderMinimum(SelectionSettings settings) {
        return (int) Math.ceil(settings.getSeats() * settings.getGenderMinPercent() / 100.0);
    }

    static String idOf(Application application) {
        return application.getFullName() + " #" + application.getId();
    }

    /** The application number inside a candidate id, or empty for an id the pool did not make. */
    static Optional<Long> applicationId(String candidateId) {
        Matcher matcher = ID.matcher(candidateId);
        return matcher.find() ? Optional.of(Long.valueOf(matcher.group(1))) : Optional.empty();
    }

    /** The name part of a candidate id, for display. */
    static String nameOf(String candidateId) {
        Matcher matcher = ID.matcher(candidateId);
        return matcher.find() ? candidateId.substring(0, matcher.start()).trim() : candidateId;
    }
}
