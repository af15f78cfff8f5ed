package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.SelectionRequest.Quota;

/** Small selection requests drawn from a fixed seed: 8 to 14 candidates, 3 to 6 seats, a few quotas. */
final class RandomInstances {

    private static final String[] BACKGROUNDS = {"company", "trade-union", "state"};
    private static final String[] GENDERS = {"F", "M"};
    private static final String[] ORGANISATIONS = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon"};
    private static final String[] REGIONS = {"IDF", "ARA", "BRE"};

    private RandomInstances() {
    }

    static SelectionRequest drawn(long seed) {
        Random random = new Random(seed);
        int size = 8 + random.nextInt(7);
        int seats = 3 + random.nextInt(4);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            candidates.add(new Candidate("C" + i, BigDecimal.valueOf(random.nextInt(201), 1),
                    pick(random, BACKGROUNDS), random.nextInt(10) == 0 ? null : pick(random, GENDERS),
                    pick(random, ORGANISATIONS), pick(random, REGIONS)));
        }
        List<Quota> quotas = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String attribute = pick(random, new String[] {"background", "gender", "region", "organisation"});
            String value = switch (attribute) {
                case "background" -> pick(random, BACKGROUNDS);
                case "gender" -> pick(random, GENDERS);
                case "region" -> pick(random, REGIONS);
                default -> pick(random, ORGANISATIONS);
            };
            if (!targets.contains(attribute + value)) {
                targets.add(attribute + value);
                int min = random.nextInt(3);
                Integer max = random.nextBoolean() ? null : min + random.nextInt(3);
                quotas.add(new Quota(attribute, value, min, max));
            }
        }
        Integer cap = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> 1;
            default -> 2;
        };
        List<String> forceIn = random.nextInt(4) == 0 ? List.of("C" + random.nextInt(size)) : List.of();
        List<String> forceOut = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            String out = "C" + random.nextInt(size);
            if (!forceIn.contains(out)) {
                forceOut.add(out);
            }
        }
        return new SelectionRequest(seats, candidates, quotas, cap, forceIn, forceOut, 10);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
