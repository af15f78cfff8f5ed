package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.cohorte.grouping.MixingRequest.LockEntry;
import fr.cohorte.grouping.MixingRequest.ParticipantEntry;
import fr.cohorte.grouping.MixingRequest.RoundEntry;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Small requests for the tests, written so that a reader can check the expected figures by hand. */
final class Cohorts {

    /** The limits application.properties sets by default. */
    static final MixingLimits LIMITS = new MixingLimits(500, 50, 50, 100);

    /** The application's own message bundles, without starting Spring. */
    static final MessageSource MESSAGES = messages();

    private Cohorts() {
    }

    static ParticipantEntry person(String id, String background, String gender, String organisation) {
        return new ParticipantEntry(id, background, gender, organisation);
    }

    /** People p1..pN, all of one horizon, no gender or organisation: the plain golfer problem. */
    static List<ParticipantEntry> golfers(int count) {
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            people.add(person("p" + i, "any", null, null));
        }
        return people;
    }

    static List<RoundEntry> rounds(int count, int groups) {
        return new ArrayList<>(Collections.nCopies(count, new RoundEntry(groups, null, null, List.of())));
    }

    static MixingRequest request(List<ParticipantEntry> people, List<RoundEntry> rounds) {
        return new MixingRequest(people, rounds, List.of(), List.of(), List.of(), 1, 7L, null);
    }

    static MixingRequest withHistory(MixingRequest request, List<List<List<String>>> history) {
        return new MixingRequest(request.participants(), request.rounds(), history, request.locks(), request.apart(),
                request.timeLimitSeconds(), request.seed(), request.weights());
    }

    static MixingRequest withLocks(MixingRequest request, List<LockEntry> locks) {
        return new MixingRequest(request.participants(), request.rounds(), request.history(), locks, request.apart(),
                request.timeLimitSeconds(), request.seed(), request.weights());
    }

    static MixingRequest withApart(MixingRequest request, List<List<String>> apart) {
        return new MixingRequest(request.participants(), request.rounds(), request.history(), request.locks(), apart,
                request.timeLimitSeconds(), request.seed(), request.weights());
    }

    static MixingRequest withWeights(MixingRequest request, MixingWeights weights) {
        return new MixingRequest(request.participants(), request.rounds(), request.history(), request.locks(),
                request.apart(), request.timeLimitSeconds(), request.seed(), weights);
    }

    /**
     * The benchmark's cohort-30-10 shape: 30 people of nine horizons (6, 3, 5, 3, 6, 3, 1, 1, 2),
     * ten rounds of six groups.
     */
    static MixingRequest sessionLikeCohort() {
        int[] horizonSizes = {6, 3, 5, 3, 6, 3, 1, 1, 2};
        List<ParticipantEntry> people = new ArrayList<>();
        int number = 1;
        for (int h = 0; h < horizonSizes.length; h++) {
            for (int k = 0; k < horizonSizes[h]; k++) {
                people.add(person("a" + number, "horizon-" + h, number % 2 == 0 ? "F" : "M", "org-" + number));
                number++;
            }
        }
        return request(people, rounds(10, 6));
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
