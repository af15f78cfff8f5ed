package fr.cohorte.grouping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.cohorte.grouping.MixingProblem.PlannedRound;
import fr.cohorte.grouping.MixingValidationException.Refused;
import fr.cohorte.web.RequestLimitExceededException;

/**
 * Turns a mixing request into a {@link MixingProblem}: participants numbered 0..n-1 in input order,
 * horizons, genders and organisations numbered in order of first appearance, every round's
 * present people, group sizes and locks. It either succeeds or names every field at fault, as
 * recruitment's reader of selection requests does.
 */
final class MixingRequestReader {

    static final int DEFAULT_TIME_LIMIT_SECONDS = 10;
    /** Errors listed in a refusal; a request with more is told how many more, not each (see {@link MixingValidationException}). */
    static final int MAX_ERRORS = 100;
    private static final int NONE = -1;

    private final MixingRequest request;
    /** Null when the caller bounds the request itself. */
    private final MixingLimits limits;
    private final List<Refused> errors = new ArrayList<>();
    private int unlistedErrors;
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> numberOf = new HashMap<>();
    private final Names horizons = new Names();
    private final Names genders = new Names();
    private final Names organisations = new Names();
    private int[] horizonOf;
    private int[] genderOf;
    private int[] organisationOf;
    private final List<PlannedRound> rounds = new ArrayList<>();
    private final List<int[][]> history = new ArrayList<>();
    private final List<int[]> apartPairs = new ArrayList<>();
    private Duration timeLimit;
    private long seed;
    private MixingWeights weights;

    private MixingRequestReader(MixingRequest request, MixingLimits limits) {
        this.request = request;
        this.limits = limits;
    }

    /**
     * The problem the request describes, or a {@link MixingValidationException} naming every field at
     * fault (the first {@value #MAX_ERRORS}), or a {@link RequestLimitExceededException} naming the
     * first limit it exceeds before reading further. Without limits (null), the request's size is
     * not bounded.
     */
    static MixingProblem read(MixingRequest request, MixingLimits limits) {
        MixingRequestReader reader = new MixingRequestReader(request, limits);
        reader.read();
        if (reader.unlistedErrors > 0) {
            reader.errors.add(new Refused("", "more-errors", String.valueOf(reader.unlistedErrors)));
        }
        if (!reader.errors.isEmpty()) {
            throw new MixingValidationException(reader.errors);
        }
        return new MixingProblem(reader.ids, reader.horizons.names, reader.horizonOf, reader.genders.names, reader.genderOf,
                reader.organisations.names, reader.organisationOf, reader.rounds, reader.history, reader.apartPairs,
                reader.timeLimit, reader.seed, reader.weights);
    }

    private void reject(String field, String code, Object... arguments) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new Refused(field, code, arguments));
        } else {
            unlistedErrors++;
        }
    }

    private void read() {
        if (request == null) {
            reject("", "body-required");
            return;
        }
        if (limits != null) {
            checkLimits();
        }
        readParticipants();
        readSearch();
        if (!errors.isEmpty()) {
            return;
        }
        readHistory();
        readApart();
        readRounds();
    }

    /**
     * Refuses a request larger than the limits before any of it is read: what the reading and the
     * search allocate grows with these counts (see {@link MixingLimits}). Lists that could only
     * repeat themselves past the problem's own size (more absences than participants, more locks
     * than places) are refused too.
     */
    private void checkLimits() {
        List<MixingRequest.ParticipantEntry> participants = orEmpty(request.participants());
        int n = participants.size();
        RequestLimitExceededException.check("participants", limits.maxParticipants(), n, "participants");
        List<MixingRequest.RoundEntry> planned = orEmpty(request.rounds());
        RequestLimitExceededException.check("rounds", limits.maxRounds(), planned.size(), "rounds");
        List<List<List<String>>> held = orEmpty(request.history());
        RequestLimitExceededException.check("history", limits.maxHistory(), held.size(), "history");
        for (int i = 0; i < n; i++) {
            MixingRequest.ParticipantEntry entry = participants.get(i);
            if (entry != null) {
                String field = "participants[" + i + "].";
                RequestLimitExceededException.checkLength("textLength", MixingLimits.MAX_TEXT_LENGTH, entry.id(), field + "id");
                RequestLimitExceededException.checkLength("textLength", MixingLimits.MAX_TEXT_LENGTH, entry.background(), field + "background");
                RequestLimitExceededException.checkLength("textLength", MixingLimits.MAX_TEXT_LENGTH, entry.gender(), field + "gender");
                RequestLimitExceededException.checkLength("textLength", MixingLimits.MAX_TEXT_LENGTH, entry.organisation(),
                        field + "organisation");
            }
        }
        for (int r = 0; r < planned.size(); r++) {
            MixingRequest.RoundEntry round = planned.get(r);
            if (round != null) {
                if (round.groups() != null) {
                    RequestLimitExceededException.check("groups", limits.maxGroups(), round.groups(), "rounds[" + r + "].groups");
                }
                RequestLimitExceededException.check("absent", n, orEmpty(round.absent()).size(), "rounds[" + r + "].absent");
            }
        }
        for (int r = 0; r < held.size(); r++) {
            List<List<String>> groups = orEmpty(held.get(r));
            RequestLimitExceededException.check("groups", limits.maxGroups(), groups.size(), "history[" + r + "]");
            long members = groups.stream().mapToLong(group -> orEmpty(group).size()).sum();
            RequestLimitExceededException.check("participants", n, members, "history[" + r + "]");
        }
        RequestLimitExceededException.check("locks", (long) n * planned.size(), orEmpty(request.locks()).size(), "locks");
        RequestLimitExceededException.check("apart", (long) n * (n - 1) / 2, orEmpty(request.apart()).size(), "apart");
    }

    private void readParticipants() {
        List<MixingRequest.ParticipantEntry> entries = orEmpty(request.participants());
        if (entries.isEmpty()) {
            reject("participants", "too-few-participants");
            return;
        }
        horizonOf = new int[entries.size()];
        genderOf = new int[entries.size()];
        organisationOf = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            MixingRequest.ParticipantEntry entry = entries.get(i);
            String field = "participants[" + i + "]";
            if (entry == null || entry.id() == null || entry.id().isBlank()) {
                reject(field + ".id", "id-required");
                continue;
            }
            Integer earlier = numberOf.putIfAbsent(entry.id(), i);
            if (earlier != null) {
                reject(field + ".id", "duplicate-id", entry.id(), earlier);
            }
            if (entry.background() == null || entry.background().isBlank()) {
                reject(field + ".background", "horizon-required", entry.id());
            }
            ids.add(entry.id());
            horizonOf[i] = horizons.numberOf(entry.background());
            genderOf[i] = genders.numberOf(entry.gender());
            organisationOf[i] = organisations.numberOf(entry.organisation());
        }
        if (entries.size() < 2) {
            reject("participants", "too-few-participants");
        }
    }

    private void readSearch() {
        int seconds = Objects.requireNonNullElse(request.timeLimitSeconds(), DEFAULT_TIME_LIMIT_SECONDS);
        if (seconds < 1 || seconds > MixingProblem.MAX_TIME_LIMIT_SECONDS) {
            reject("timeLimitSeconds", "time-limit", MixingProblem.MAX_TIME_LIMIT_SECONDS);
        }
        timeLimit = Duration.ofSeconds(seconds);
        seed = Objects.requireNonNullElse(request.seed(), 0L);
        weights = Objects.requireNonNullElse(request.weights(), MixingWeights.DEFAULT);
    }

    private Integer participant(String id, String field) {
        Integer number = id == null ? null : numberOf.get(id);
        if (number == null) {
            if (id == null) {
                reject(field, "participant-required");
            } else {
                reject(field, "unknown-participant", id);
            }
        }
        return number;
    }

    private void readHistory() {
        List<List<List<String>>> rounds = orEmpty(request.history());
        for (int r = 0; r < rounds.size(); r++) {
            List<List<String>> groups = orEmpty(rounds.get(r));
            int[][] numbered = new int[groups.size()][];
            boolean[] seen = new boolean[ids.size()];
            for (int g = 0; g < groups.size(); g++) {
                List<String> members = orEmpty(groups.get(g));
                numbered[g] = new int[members.size()];
                for (int k = 0; k < members.size(); k++) {
                    String field = "history[" + r + "][" + g + "][" + k + "]";
                    Integer p = participant(members.get(k), field);
                    if (p == null) {
                        continue;
                    }
                    if (seen[p]) {
                        reject(field, "twice-in-past-round", members.get(k));
                    }
                    seen[p] = true;
                    numbered[g][k] = p;
                }
            }
            history.add(numbered);
        }
    }

    private void readApart() {
        List<List<String>> pairs = orEmpty(request.apart());
        for (int i = 0; i < pairs.size(); i++) {
            List<String> pair = orEmpty(pairs.get(i));
            String field = "apart[" + i + "]";
            if (pair.size() != 2) {
                reject(field, "pair-of-two");
                continue;
            }
            Integer first = participant(pair.get(0), field + "[0]");
            Integer second = participant(pair.get(1), field + "[1]");
            if (first != null && first.equals(second)) {
                reject(field, "pair-twice", pair.get(0));
            } else if (first != null && second != null) {
                apartPairs.add(new int[] {first, second});
            }
        }
    }

    private void readRounds() {
        List<MixingRequest.RoundEntry> entries = orEmpty(request.rounds());
        if (entries.isEmpty()) {
            reject("rounds", "round-required");
            return;
        }
        List<List<Lock>> locksByRound = new ArrayList<>();
        entries.forEach(entry -> locksByRound.add(new ArrayList<>()));
        readLocks(entries.size(), locksByRound);
        for (int r = 0; r < entries.size(); r++) {
            readRound(r, entries.get(r), locksByRound.get(r));
        }
    }

    private record Lock(int index, int participant, int group) {
    }

    private void readLocks(int roundCount, List<List<Lock>> locksByRound) {
        List<MixingRequest.LockEntry> locks = orEmpty(request.locks());
        for (int i = 0; i < locks.size(); i++) {
            MixingRequest.LockEntry lock = locks.get(i);
            String field = "locks[" + i + "]";
            if (lock == null) {
                reject(field, "lock-incomplete");
                continue;
            }
            Integer p = participant(lock.participant(), field + ".participant");
            boolean roundKnown = lock.round() != null && lock.round() >= 0 && lock.round() < roundCount;
            if (!roundKnown) {
                reject(field + ".round", "lock-round", roundCount - 1);
            }
            if (lock.group() == null || lock.group() < 0) {
                reject(field + ".group", "lock-group");
            }
            if (p != null && roundKnown && lock.group() != null && lock.group() >= 0) {
                locksByRound.get(lock.round()).add(new Lock(i, p, lock.group()));
            }
        }
    }

    private void readRound(int r, MixingRequest.RoundEntry entry, List<Lock> locks) {
        String field = "rounds[" + r + "]";
        if (entry == null) {
            reject(field, "round-shape");
            return;
        }
        boolean[] absent = new boolean[ids.size()];
        List<String> absentIds = orEmpty(entry.absent());
        for (int k = 0; k < absentIds.size(); k++) {
            Integer p = participant(absentIds.get(k), field + ".absent[" + k + "]");
            if (p != null) {
                absent[p] = true;
            }
        }
        int[] present = java.util.stream.IntStream.range(0, ids.size()).filter(p -> !absent[p]).toArray();
        Integer groupCount = groupCount(field, entry, present.length);
        if (groupCount == null) {
            return;
        }
        int[] lockedGroup = new int[ids.size()];
        Arrays.fill(lockedGroup, NONE);
        int[] lockedCount = new int[groupCount];
        boolean locksConsistent = true;
        for (Lock lock : locks) {
            String lockField = "locks[" + lock.index() + "]";
            if (absent[lock.participant()]) {
                reject(lockField + ".participant", "locked-absent", ids.get(lock.participant()), r);
                locksConsistent = false;
            } else if (lock.group() >= groupCount) {
                reject(lockField + ".group", "lock-group-beyond", r, groupCount);
                locksConsistent = false;
            } else if (lockedGroup[lock.participant()] != NONE && lockedGroup[lock.participant()] != lock.group()) {
                reject(lockField, "locked-twice", ids.get(lock.participant()), lockedGroup[lock.participant()], r);
                locksConsistent = false;
            } else if (lockedGroup[lock.participant()] == NONE) {
                lockedGroup[lock.participant()] = lock.group();
                lockedCount[lock.group()]++;
            }
        }
        int[] sizes = groupSizes(present.length, groupCount, lockedCount);
        for (int g = 0; g < groupCount && locksConsistent; g++) {
            if (lockedCount[g] > sizes[g]) {
                reject(field, "group-overlocked", lockedCount[g], g, sizes[g]);
                locksConsistent = false;
            }
        }
        for (int[] pair : apartPairs) {
            int g = lockedGroup[pair[0]];
            if (g != NONE && g == lockedGroup[pair[1]]) {
                reject(field, "apart-locked-together", ids.get(pair[0]), ids.get(pair[1]));
            }
        }
        rounds.add(new PlannedRound(present, sizes, lockedGroup));
    }

    /** How many groups a round has, from its group count or its size range; null after rejecting it. */
    private Integer groupCount(String field, MixingRequest.RoundEntry entry, int present) {
        if (entry.groups() != null) {
            if (entry.groups() < 1) {
                reject(field + ".groups", "groups-positive");
                return null;
            }
            if (entry.groups() > present) {
                reject(field + ".groups", "groups-too-many", entry.groups(), present);
                return null;
            }
            return entry.groups();
        }
        if (entry.minSize() == null || entry.maxSize() == null) {
            reject(field + ".groups", "groups-or-sizes");
            return null;
        }
        if (entry.minSize() < 1 || entry.maxSize() < entry.minSize()) {
            reject(field + ".maxSize", "size-range");
            return null;
        }
        int count = Math.max(1, (present + entry.maxSize() - 1) / entry.maxSize());
        if (limits != null) {
            RequestLimitExceededException.check("groups", limits.maxGroups(), count, field + ".maxSize");
        }
        if (present / count < entry.minSize()) {
            reject(field + ".minSize", "sizes-impossible", present, entry.minSize(), entry.maxSize());
            return null;
        }
        return count;
    }

    /**
     * Sizes that differ by at most one; the larger ones go to the groups with the most locks, so
     * that locks fit whenever any balanced sizing lets them.
     */
    private static int[] groupSizes(int present, int groupCount, int[] lockedCount) {
        Integer[] order = new Integer[groupCount];
        for (int g = 0; g < groupCount; g++) {
            order[g] = g;
        }
        Arrays.sort(order, (a, b) -> lockedCount[b] != lockedCount[a] ? lockedCount[b] - lockedCount[a] : a - b);
        int[] sizes = new int[groupCount];
        for (int i = 0; i < groupCount; i++) {
            sizes[order[i]] = present / groupCount + (i < present % groupCount ? 1 : 0);
        }
        return sizes;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Turns numbered names into a dense numbering, in order of first appearance. */
    private static final class Names {
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> numbers = new HashMap<>();

        int numberOf(String name) {
            if (name == null || name.isBlank()) {
                return NONE;
            }
            return numbers.computeIfAbsent(name, key -> {
                names.add(key);
                return names.size() - 1;
            });
        }
    }
}
