import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import fr.cohorte.grouping.MixingLimits;
import fr.cohorte.grouping.MixingRequest;
import fr.cohorte.grouping.MixingRequest.LockEntry;
import fr.cohorte.grouping.MixingRequest.ParticipantEntry;
import fr.cohorte.grouping.MixingRequest.RoundEntry;
import fr.cohorte.grouping.MixingResponse;
import fr.cohorte.grouping.MixingService;
import fr.cohorte.recruitment.CohortSelection;
import fr.cohorte.recruitment.ReplacementRequest;
import fr.cohorte.recruitment.SelectionLimits;
import fr.cohorte.recruitment.SelectionRequest;
import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.SelectionRequest.Quota;
import fr.cohorte.recruitment.SelectionResponse;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The largest requests the API accepts (the default limits of application.properties), solved with
 * short time limits by the services themselves, in this JVM, as the API calls them. For each: the
 * size of its JSON body (it must stay under the 4 MB body limit), then over N runs after one warm-up
 * the median and range of the elapsed time (the service call and writing its answer as JSON) against
 * the limit, of the peak heap used (sampled every 2 ms, garbage included) and of the most heap left
 * after a collection during the run (what the request kept alive), both above the heap in use before
 * the call (the benchmark's own requests, about 100 MB), and the peak resident memory of the whole
 * process (CP-SAT's native memory included; reset before each run through /proc/self/clear_refs).
 * The last column is the answer: a plan, or the selection's status. The JVM's -Xmx bounds the heap.
 * Usage: java ... LimitsBenchmark.java [runs=5] [name filter]
 */
public class LimitsBenchmark {

    static final MixingLimits MIXING = new MixingLimits(500, 50, 50, 100);
    static final SelectionLimits SELECTION = new SelectionLimits(20_000, 200, 1_000);
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Scenario(String name, int limitSeconds, Object body, Supplier<Object> call) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String filter = args.length > 1 ? args[1] : "";
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        MixingService mixing = new MixingService(MIXING);
        CohortSelection selection = new CohortSelection(messages, SELECTION);
        List<Scenario> scenarios = new ArrayList<>();
        for (int limit : new int[] {1, 5}) {
            MixingRequest cohort = mixingCohort(limit, false);
            scenarios.add(new Scenario("mixing 500 people x 50 rounds x 100 groups, 9 horizons", limit, cohort, () -> mixing.solve(cohort)));
        }
        MixingRequest everything = mixingCohort(1, true);
        scenarios.add(new Scenario("mixing same + 50 past rounds, absences, locks, apart pairs", 1, everything, () -> mixing.solve(everything)));
        MixingRequest distinct = mixingDistinct(1);
        scenarios.add(new Scenario("mixing 500 people, each its own horizon and gender", 1, distinct, () -> mixing.solve(distinct)));
        MixingRequest golfers = mixingGolfers(1);
        scenarios.add(new Scenario("mixing 500 golfers x 50 rounds (encounters only)", 1, golfers, () -> mixing.solve(golfers)));
        MixingRequest small = mixingSmallManyRounds(1);
        scenarios.add(new Scenario("mixing 30 people x 50 rounds", 1, small, () -> mixing.solve(small)));
        for (int limit : new int[] {1, 5}) {
            SelectionRequest pool = pool(20_000, 30, limit);
            scenarios.add(new Scenario("selection 20,000 candidates, 30 seats", limit, pool, () -> selection.solve(pool, Locale.FRENCH)));
        }
        SelectionRequest manySeats = pool(20_000, 1_000, 1);
        scenarios.add(new Scenario("selection 20,000 candidates, 1,000 seats", 1, manySeats, () -> selection.solve(manySeats, Locale.FRENCH)));
        SelectionRequest forcing = pool(20_000, 30, 1);
        SelectionResponse solved = selection.solve(pool(20_000, 30, 10), Locale.FRENCH);
        String waiting = solved.waitlist().get(solved.waitlist().size() / 2);
        scenarios.add(new Scenario("selection forcing cost at 20,000", 1, forcing,
                () -> selection.forcingCost(forcing, waiting, Locale.FRENCH)));
        ReplacementRequest replacing = new ReplacementRequest(forcing, solved.selected(), solved.selected().getFirst());
        scenarios.add(new Scenario("selection replacement at 20,000", 1, replacing, () -> selection.replacement(replacing, Locale.FRENCH)));
        SelectionRequest clashing = clashing(20_000, 1);
        scenarios.add(new Scenario("selection 20,000, 200 clashing quotas", 1, clashing, () -> selection.solve(clashing, Locale.FRENCH)));

        HeapWatch watch = new HeapWatch();
        System.out.printf("heap limit %d MB, %d runs after one warm-up; elapsed = service call + JSON answer%n",
                Runtime.getRuntime().maxMemory() >> 20, runs);
        System.out.printf("%-62s %6s %8s %22s %7s %16s %16s %16s  %s%n", "request", "limit", "body KB", "elapsed ms med [min-max]",
                "ratio", "+peak heap MB", "+after GC MB", "peak RSS MB", "answer");
        for (Scenario scenario : scenarios) {
            if (!scenario.name().contains(filter)) {
                continue;
            }
            long bodyBytes = JSON.writeValueAsBytes(scenario.body()).length;
            scenario.call().get();
            long[] elapsed = new long[runs];
            long[] peak = new long[runs];
            long[] live = new long[runs];
            long[] resident = new long[runs];
            String answered = "";
            for (int run = 0; run < runs; run++) {
                System.gc();
                long before = HeapWatch.heapUsed();
                Resident.reset();
                watch.start();
                long start = System.nanoTime();
                Object answer = scenario.call().get();
                JSON.writeValueAsBytes(answer);
                elapsed[run] = (System.nanoTime() - start) / 1_000_000;
                watch.stop();
                peak[run] = (watch.peak() - before) >> 20;
                live[run] = (watch.afterGc() - before) >> 20;
                resident[run] = Resident.peakMegabytes();
                answered = check(scenario, answer);
            }
            System.out.printf("%-62s %5ds %8d %22s %7.2f %16s %16s %16s  %s%n", scenario.name(), scenario.limitSeconds(), bodyBytes / 1024,
                    spread(elapsed), median(elapsed) / (scenario.limitSeconds() * 1000.0), spread(peak), spread(live), spread(resident),
                    answered);
        }
    }

    /** A request at the limit must be answered, never refused: what the answer is, in a word. */
    static String check(Scenario scenario, Object answer) {
        return switch (answer) {
            case MixingResponse plan when !plan.rounds().isEmpty() -> "plan, " + plan.metrics().excessMeetings() + " meetings again";
            case SelectionResponse cohort -> cohort.status() + " (" + cohort.selected().size() + " selected)";
            case fr.cohorte.recruitment.ForcingCost cost -> cost.status() + " (cost " + cost.cost() + ")";
            case fr.cohorte.recruitment.Replacement replacement -> replacement.kind().toString();
            default -> throw new IllegalStateException(scenario.name() + ": no answer");
        };
    }

    /** The process's peak resident memory (VmHWM), which Linux resets when told so. */
    static final class Resident {

        static void reset() {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("/proc/self/clear_refs"), "5");
            } catch (java.io.IOException notLinux) {
                // the peak then covers the whole process so far
            }
        }

        static long peakMegabytes() {
            try {
                return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                        .filter(line -> line.startsWith("VmHWM:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
            } catch (java.io.IOException notLinux) {
                return -1;
            }
        }
    }

    static String spread(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return median(values) + " [" + sorted[0] + "-" + sorted[sorted.length - 1] + "]";
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static final String[] HORIZONS = {"company", "trade-union", "employers", "state", "local-government", "international",
            "parliament", "press", "association"};

    /** The largest cohort the limits accept: 500 people of nine horizons, 50 rounds of 100 groups of 5. */
    static MixingRequest mixingCohort(int limit, boolean withEverything) {
        Random random = new Random(11);
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 0; i < MIXING.maxParticipants(); i++) {
            people.add(new ParticipantEntry("participant-" + i, HORIZONS[random.nextInt(HORIZONS.length)],
                    random.nextBoolean() ? "F" : "M", "organisation-" + random.nextInt(160)));
        }
        List<RoundEntry> rounds = new ArrayList<>();
        List<List<List<String>>> history = new ArrayList<>();
        List<LockEntry> locks = new ArrayList<>();
        List<List<String>> apart = new ArrayList<>();
        for (int r = 0; r < MIXING.maxRounds(); r++) {
            List<String> absent = new ArrayList<>();
            if (withEverything) {
                for (int k = 0; k < 5; k++) {
                    absent.add("participant-" + random.nextInt(people.size()));
                }
                absent = absent.stream().distinct().toList();
            }
            rounds.add(new RoundEntry(MIXING.maxGroups(), null, null, absent));
        }
        if (withEverything) {
            for (int r = 0; r < MIXING.maxHistory(); r++) {
                List<List<String>> groups = new ArrayList<>();
                for (int g = 0; g < MIXING.maxGroups(); g++) {
                    groups.add(new ArrayList<>());
                }
                List<Integer> order = new ArrayList<>();
                for (int p = 0; p < people.size(); p++) {
                    order.add(p);
                }
                java.util.Collections.shuffle(order, random);
                for (int k = 0; k < order.size(); k++) {
                    groups.get(k % groups.size()).add("participant-" + order.get(k));
                }
                history.add(groups);
            }
            for (int r = 0; r < MIXING.maxRounds(); r++) {
                for (int k = 0; k < 4; k++) {
                    int p = 400 + r % 20 * 5 + k;
                    if (!rounds.get(r).absent().contains("participant-" + p)) {
                        locks.add(new LockEntry(r, "participant-" + p, k));
                    }
                }
            }
            for (int k = 0; k < 100; k++) {
                apart.add(List.of("participant-" + (2 * k), "participant-" + (2 * k + 1)));
            }
        }
        return new MixingRequest(people, rounds, history, locks, apart, limit, 1L, null);
    }

    /** The heaviest state the limits allow: every person a horizon and a gender of their own. */
    static MixingRequest mixingDistinct(int limit) {
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 0; i < MIXING.maxParticipants(); i++) {
            people.add(new ParticipantEntry("participant-" + i, "horizon-" + i, "gender-" + i, "organisation-" + i));
        }
        List<RoundEntry> rounds = new ArrayList<>();
        for (int r = 0; r < MIXING.maxRounds(); r++) {
            rounds.add(new RoundEntry(MIXING.maxGroups(), null, null, List.of()));
        }
        return new MixingRequest(people, rounds, List.of(), List.of(), List.of(), limit, 1L, null);
    }

    static MixingRequest mixingGolfers(int limit) {
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 0; i < MIXING.maxParticipants(); i++) {
            people.add(new ParticipantEntry("golfer-" + i, "any", null, null));
        }
        List<RoundEntry> rounds = new ArrayList<>();
        for (int r = 0; r < MIXING.maxRounds(); r++) {
            rounds.add(new RoundEntry(MIXING.maxGroups(), null, null, List.of()));
        }
        return new MixingRequest(people, rounds, List.of(), List.of(), List.of(), limit, 1L, null);
    }

    /** What the issue sent with 10,000 rounds, at the rounds limit: a session's 30 people. */
    static MixingRequest mixingSmallManyRounds(int limit) {
        Random random = new Random(5);
        List<ParticipantEntry> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(new ParticipantEntry("participant-" + i, HORIZONS[i % HORIZONS.length], random.nextBoolean() ? "F" : "M",
                    "organisation-" + i));
        }
        List<RoundEntry> rounds = new ArrayList<>();
        for (int r = 0; r < MIXING.maxRounds(); r++) {
            rounds.add(new RoundEntry(6, null, null, List.of()));
        }
        return new MixingRequest(people, rounds, List.of(), List.of(), List.of(), limit, 1L, null);
    }

    static final String[] SELECTION_HORIZONS = {"company", "trade-union", "employers", "state", "local-government", "international",
            "parliament", "press"};
    static final String[] REGIONS = {"IDF", "ARA", "NAQ", "OCC", "HDF", "GES", "PAC", "PDL", "BRE", "NOR", "BFC", "CVL", "COR"};

    /** A pool like the selection benchmark's: horizons, gender, regions and Zipf-drawn organisations, quotas scaled to the seats. */
    static SelectionRequest pool(int size, int seats, int limit) {
        Random random = new Random(42L + size);
        int organisations = Math.max(40, size / 2);
        double[] zipf = new double[organisations];
        for (int o = 0; o < organisations; o++) {
            zipf[o] = 1.0 / Math.pow(o + 1, 1.1);
        }
        List<Candidate> candidates = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int organisation = weighted(random, zipf);
            double score = Math.clamp(12 + 3 * random.nextGaussian(), 0, 20);
            candidates.add(new Candidate("A" + i, BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_EVEN),
                    SELECTION_HORIZONS[organisation % SELECTION_HORIZONS.length], random.nextDouble() < 0.45 ? "F" : "M",
                    "org-" + organisation, REGIONS[random.nextInt(REGIONS.length)]));
        }
        List<Quota> quotas = new ArrayList<>();
        int per = seats / SELECTION_HORIZONS.length;
        for (String horizon : SELECTION_HORIZONS) {
            quotas.add(new Quota("background", horizon, Math.max(1, per / 3), per * 2));
        }
        quotas.add(new Quota("gender", "F", seats * 2 / 5, seats * 3 / 5));
        quotas.add(new Quota("gender", "M", seats * 2 / 5, seats * 3 / 5));
        for (String region : REGIONS) {
            quotas.add(new Quota("region", region, 0, Math.max(5, seats / 4)));
        }
        return new SelectionRequest(seats, candidates, quotas, seats > 100 ? 10 : 1, List.of(), List.of(), limit);
    }

    /**
     * 200 quotas that cannot all hold, though no count alone says so: companies' candidates all live in
     * Corsica, and the quotas ask for 20 company people and 15 from Île-de-France among 30 seats. The
     * solver proves it, then names the clashing quotas and measures them.
     */
    static SelectionRequest clashing(int size, int limit) {
        List<Candidate> candidates = pool(size, 30, limit).candidates().stream()
                .map(c -> new Candidate(c.id(), c.score(), c.background(), c.gender(), c.organisation(),
                        c.background().equals("company") ? "COR" : c.region().equals("COR") ? "IDF" : c.region()))
                .toList();
        List<Quota> quotas = new ArrayList<>();
        quotas.add(new Quota("background", "company", 20, null));
        quotas.add(new Quota("region", "IDF", 15, null));
        for (int o = 0; o < 198; o++) {
            quotas.add(new Quota("organisation", "org-" + o, 0, 2));
        }
        return new SelectionRequest(30, candidates, quotas, null, List.of(), List.of(), limit);
    }

    static int weighted(Random random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The heap used, sampled every 2 ms, and the heap left after each collection, between start and stop. */
    static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong afterGc = new AtomicLong();
        private volatile boolean watching;

        HeapWatch() {
            for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (!watching || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    afterGc.accumulateAndGet(used, Math::max);
                }, null, null);
            }
            Thread sampler = new Thread(() -> {
                while (true) {
                    if (watching) {
                        peak.accumulateAndGet(heapUsed(), Math::max);
                    }
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        static long heapUsed() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getUsage().getUsed();
                }
            }
            return used;
        }

        void start() {
            long now = heapUsed();
            peak.set(now);
            afterGc.set(0);
            watching = true;
        }

        void stop() {
            peak.accumulateAndGet(heapUsed(), Math::max);
            watching = false;
        }

        long peak() {
            return peak.get();
        }

        /** The most heap left after a collection during the run; the heap at the end when none ran. */
        long afterGc() {
            return afterGc.get() == 0 ? heapUsed() : afterGc.get();
        }
    }
}
