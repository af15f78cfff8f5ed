package fr.cohorte.grouping.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import fr.cohorte.grouping.MixingMetrics;
import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;
import fr.cohorte.grouping.MixingRequest;
import fr.cohorte.grouping.MixingWeights;
import fr.cohorte.grouping.internal.GreedyMixing;
import fr.cohorte.grouping.internal.MixingSearch;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mixing benchmark of issue 5 (run it with bench/mixing/run.sh): every instance of the shared
 * folder, several seeds, medians of the figures defined in shared/bench/README.md, against the
 * random and greedy baselines, and the trade-off of weight presets on cohort-like instances.
 * Arguments: instance folder, seconds per solve, number of seeds, optional instance name filter.
 * With {@code -Dsteps=N}, each solve is instead one search of N steps without a clock (see
 * {@link MixingSearch#solveAlone}), and every seed's plan is printed as a fingerprint: two versions
 * of the search that print the same fingerprints made the same moves.
 */
public final class MixingBenchmark {

    /** A solve's figures, when it found its best plan, and how many swaps a second its searches priced (millions; 0 for baselines). */
    private record Run(MixingMetrics metrics, long millisToBest, double millionSwapsPerSecond) {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int seeds = Integer.parseInt(args[2]);
        String filter = args.length > 3 ? args[3] : "";
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Path> instances;
        try (Stream<Path> files = Files.list(folder)) {
            instances = files.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> file.getFileName().toString().contains(filter)).sorted().toList();
        }
        System.out.printf("%d s per solve, median of %d seeds, %d cores%n", seconds, seeds,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-14s %-22s %7s %7s %7s %9s %7s %9s %7s   (bound %s, floor %s, bound at floor %s)%n",
                "instance", "method", "excess", "maxMeet", "repeat", "diversity", "sameOrg", "toBest ms", "Mswap/s", "", "", "");
        for (Path file : instances) {
            MixingRequest request = json.readValue(file.toFile(), MixingRequest.class);
            MixingProblem problem = MixingProblem.of(request);
            String name = file.getFileName().toString().replace(".json", "");
            print(name, "random groups", problem, repeat(seeds, seed -> baseline(problem, GreedyMixing.random(problem, seed).plan())));
            print(name, "greedy fewest met", problem, repeat(seeds, seed -> baseline(problem, GreedyMixing.fewestAlreadyMet(problem, seed).plan())));
            boolean attributes = problem.horizons().size() > 1;
            List<Object[]> presets = attributes
                    ? List.of(new Object[] {"solver default", MixingWeights.DEFAULT},
                            new Object[] {"solver encounters 1st", MixingWeights.ENCOUNTERS_FIRST},
                            new Object[] {"solver diversity 1st", MixingWeights.DIVERSITY_FIRST})
                    : List.<Object[]>of(new Object[] {"solver default", MixingWeights.DEFAULT});
            String presetFilter = System.getProperty("preset", "");
            for (Object[] preset : presets.stream().filter(preset -> ((String) preset[0]).contains(presetFilter)).toList()) {
                MixingProblem weighted = problem.withWeights((MixingWeights) preset[1]);
                if (STEPS > 0) {
                    fingerprints(name, (String) preset[0], problem, weighted, seeds);
                    continue;
                }
                print(name, (String) preset[0], problem, repeat(seeds, seed -> {
                    MixingProblem searched = weighted.withSearch(Duration.ofSeconds(seconds), seed);
                    long start = System.nanoTime();
                    MixingSearch.Outcome outcome = MixingSearch.solve(searched);
                    double seconds1 = (System.nanoTime() - start) / 1e9;
                    return new Run(MixingMetrics.of(problem, outcome.plan()), outcome.millisToBest(),
                            outcome.swapsPriced() / seconds1 / 1e6);
                }));
            }
        }
    }

    private static final long STEPS = Long.getLong("steps", 0);
    /**
     * The search alone runs on the benchmark's thread, whose processor time counts its swaps per
     * second of its own work: on a machine shared with other jobs, wall-clock rates vary twofold
     * from run to run.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static Run baseline(MixingProblem problem, MixingPlan plan) {
        return new Run(MixingMetrics.of(problem, plan), 0, 0);
    }

    /** One search of {@link #STEPS} steps per seed, its figures and a fingerprint of its plan. */
    private static void fingerprints(String instance, String method, MixingProblem problem, MixingProblem weighted, int seeds) {
        for (long seed = 1; seed <= seeds; seed++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            MixingSearch.Outcome outcome = MixingSearch.solveAlone(weighted.withSearch(Duration.ofHours(1), seed), STEPS);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            MixingMetrics metrics = MixingMetrics.of(problem, outcome.plan());
            long fingerprint = 1;
            for (int[][] round : outcome.plan().rounds()) {
                fingerprint = 31 * fingerprint + Arrays.deepHashCode(round);
            }
            System.out.printf("%-14s %-22s seed %d  excess %d diversity %.1f maxMeet %d sameOrg %d  plan %016x  steps %d swaps %d  %.2f M swaps/s  %.2f M swaps/cpu-s%n",
                    instance, method, seed, metrics.excessMeetings(), metrics.diversityDeviation(), metrics.maxPairMeetings(),
                    metrics.sameOrganisationPairs(), fingerprint, outcome.steps(), outcome.swapsPriced(),
                    outcome.swapsPriced() / seconds / 1e6, outcome.swapsPriced() / cpuSeconds / 1e6);
        }
    }

    private static List<Run> repeat(int seeds, LongFunction<Run> run) {
        List<Run> runs = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            runs.add(run.apply(seed));
        }
        return runs;
    }

    private static void print(String instance, String method, MixingProblem problem, List<Run> runs) {
        MixingMetrics first = runs.getFirst().metrics();
        System.out.printf("%-14s %-22s %7s %7s %7s %9.1f %7s %9s %7.2f   (%d, %.1f, %d) excess/diversity/most meetings of a pair per seed %s%n", instance, method,
                median(runs.stream().mapToDouble(run -> run.metrics().excessMeetings())),
                median(runs.stream().mapToDouble(run -> run.metrics().maxPairMeetings())),
                median(runs.stream().mapToDouble(run -> run.metrics().repeatedPairs())),
                medianValue(runs.stream().mapToDouble(run -> run.metrics().diversityDeviation())),
                median(runs.stream().mapToDouble(run -> run.metrics().sameOrganisationPairs())),
                median(runs.stream().mapToDouble(Run::millisToBest)),
                medianValue(runs.stream().mapToDouble(Run::millionSwapsPerSecond)),
                first.lowerBound(), first.diversityFloor(), first.lowerBoundAtDiversityFloor(),
                runs.stream().map(run -> run.metrics().excessMeetings() + "/" + String.format("%.1f", run.metrics().diversityDeviation())
                        + "/" + run.metrics().maxPairMeetings()).toList());
    }

    private static String median(java.util.stream.DoubleStream values) {
        double median = medianValue(values);
        return median == Math.rint(median) ? String.valueOf((long) median) : String.valueOf(median);
    }

    private static double medianValue(java.util.stream.DoubleStream values) {
        double[] sorted = values.sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
