import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import fr.cohorte.recruitment.CohortSelection;
import fr.cohorte.recruitment.ForcingCost;
import fr.cohorte.recruitment.SelectionLimits;
import fr.cohorte.recruitment.SelectionRequest;
import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.SelectionRequest.Quota;
import fr.cohorte.recruitment.SelectionResponse;
import fr.cohorte.recruitment.internal.SolverSettings;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Synthetic pools of applications shaped like a national session's: 8 horizons of unequal size, a
 * declared gender, 13 regions weighted by population, organisations drawn from a Zipf law so that a
 * few large employers send many applications. Quotas as staff set them for 30 seats. For each pool
 * size, one warm-up run then 5 measured runs; prints medians.
 *
 * Columns: solve = counting checks, model building and CP-SAT until the optimum is proven (the
 * response's solveMillis); explain = the rest of the call, i.e. reading the request and writing the
 * sentence of every candidate (the whole waiting list); forcing = one forcing cost computed on demand
 * (two solves, the second hinted).
 */
public class SelectionBenchmark {

    static final String[] HORIZONS = {"company", "trade-union", "employers", "state", "local-government", "international", "parliament", "press"};
    static final double[] HORIZON_WEIGHTS = {30, 12, 8, 20, 12, 5, 3, 10};
    static final String[] REGIONS = {"IDF", "ARA", "NAQ", "OCC", "HDF", "GES", "PAC", "PDL", "BRE", "NOR", "BFC", "CVL", "COR"};
    static final double[] REGION_WEIGHTS = {19, 12, 9, 9, 9, 8, 8, 6, 5, 5, 4, 4, 0.5};
    static final int SEATS = 30;
    static final int RUNS = 5;

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {100, 500, 2_000, 10_000};
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        System.out.printf("%-8s %-10s %-8s %10s %10s %12s %12s %12s%n",
                "pool", "workers", "status", "total", "waitlist", "solve ms", "explain ms", "forcing ms");
        for (int size : sizes) {
            SelectionRequest request = pool(size, 42L + size);
            for (SolverSettings settings : List.of(SolverSettings.REPRODUCIBLE, new SolverSettings(0, 1))) {
                CohortSelection selection = new CohortSelection(messages, settings, new SelectionLimits(20_000, 200, 1_000));
                selection.solve(request);
                long[] solve = new long[RUNS];
                long[] explain = new long[RUNS];
                long[] forcing = new long[RUNS];
                SelectionResponse response = null;
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    response = selection.solve(request);
                    long total = (System.nanoTime() - start) / 1_000_000;
                    solve[run] = response.solveMillis();
                    explain[run] = total - response.solveMillis();
                    if (!response.waitlist().isEmpty()) {
                        String candidate = response.waitlist().get(response.waitlist().size() / 2);
                        long forcingStart = System.nanoTime();
                        ForcingCost cost = selection.forcingCost(request, candidate, Locale.FRENCH);
                        forcing[run] = (System.nanoTime() - forcingStart) / 1_000_000;
                        if (cost.cost() == null) {
                            throw new IllegalStateException("no forcing cost for " + candidate + ": " + cost.explanation());
                        }
                    }
                }
                System.out.printf("%-8d %-10s %-8s %10s %10d %12d %12d %12d%n", size,
                        settings.workers() == 0 ? "default" : String.valueOf(settings.workers()),
                        response.status(), response.totalScore(), response.waitlist().size(),
                        median(solve), median(explain), median(forcing));
                if (!response.conflicts().isEmpty()) {
                    response.conflicts().forEach(conflict -> System.out.println("  conflict: " + conflict.message()));
                }
            }
        }
    }

    static SelectionRequest pool(int size, long seed) {
        Random random = new Random(seed);
        int organisations = Math.max(40, size / 2);
        String[] organisationHorizon = new String[organisations];
        for (int o = 0; o < organisations; o++) {
            organisationHorizon[o] = HORIZONS[weighted(random, HORIZON_WEIGHTS)];
        }
        double[] zipf = new double[organisations];
        for (int o = 0; o < organisations; o++) {
            zipf[o] = 1.0 / Math.pow(o + 1, 1.1);
        }
        List<Candidate> candidates = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int organisation = weighted(random, zipf);
            double score = Math.clamp(12 + 3 * random.nextGaussian(), 0, 20);
            candidates.add(new Candidate("A" + i, BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_EVEN),
                    organisationHorizon[organisation], random.nextDouble() < 0.45 ? "F" : "M",
                    "org-" + organisation, REGIONS[weighted(random, REGION_WEIGHTS)]));
        }
        // A small call cannot promise two seats to every horizon: staff ask for one there.
        boolean small = size < 500;
        List<Quota> quotas = new ArrayList<>();
        for (String horizon : HORIZONS) {
            quotas.add(small || horizon.equals("parliament") || horizon.equals("international")
                    ? new Quota("background", horizon, 1, horizon.equals("parliament") ? 3 : 6) : new Quota("background", horizon, 2, 6));
        }
        quotas.add(new Quota("gender", "F", 12, 18));
        quotas.add(new Quota("gender", "M", 12, 18));
        for (String region : REGIONS) {
            quotas.add(region.equals("IDF") ? new Quota("region", region, 3, 9) : new Quota("region", region, region.equals("COR") ? 0 : 1, 5));
        }
        // Nor can it spare a seat per organisation: staff there allow two.
        return new SelectionRequest(SEATS, candidates, quotas, small ? 2 : 1, List.of(), List.of(), 10);
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

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
