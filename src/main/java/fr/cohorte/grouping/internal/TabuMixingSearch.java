package fr.cohorte.grouping.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import fr.cohorte.grouping.MixingPlan;
import fr.cohorte.grouping.MixingProblem;

/** Experimental hand-written tabu search over same-round swaps, for comparison with Timefold. */
public final class TabuMixingSearch {

    private TabuMixingSearch() {
    }

    public static TimefoldMixingSolver.Outcome solve(MixingProblem problem) {
        long start = System.nanoTime();
        long deadline = start + problem.timeLimit().toNanos();
        Random random = new Random(problem.seed());
        MixingState state = GreedyMixing.fewestAlreadyMet(problem, problem.seed());
        int rounds = problem.rounds().size();
        int n = problem.participantCount();
        List<int[]> movable = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            MixingProblem.PlannedRound round = problem.rounds().get(r);
            int finalR = r;
            movable.add(java.util.Arrays.stream(round.present()).filter(p -> round.lockedGroup()[p] < 0).toArray());
        }
        long[][] tabuUntil = new long[rounds][n];
        long current = score(state);
        long best = current;
        MixingPlan bestPlan = state.plan();
        long bestAt = System.nanoTime();
        long iteration = 0;
        long sinceBest = 0;
        long evaluations = 0;
        int[] candR = new int[1 << 16];
        int[] candP = new int[1 << 16];
        int[] candQ = new int[1 << 16];
        while (best > 0 && (iteration & 15) != 0 || System.nanoTime() < deadline && best > 0) {
            iteration++;
            long bestDelta = Long.MAX_VALUE;
            int candidates = 0;
            for (int r = 0; r < rounds; r++) {
                int[] seats = movable.get(r);
                for (int i = 0; i < seats.length; i++) {
                    int p = seats[i];
                    boolean conflicted = state.meetsSomebodyAgain(r, p) || state.hardPenalty() > 0;
                    if (!conflicted && random.nextInt(8) != 0) {
                        continue;
                    }
                    int gp = state.groupOf(r, p);
                    for (int j = 0; j < seats.length; j++) {
                        int q = seats[j];
                        int gq = state.groupOf(r, q);
                        if (gq == gp || (!conflicted && j < i)) {
                            continue;
                        }
                        state.leave(r, p);
                        state.leave(r, q);
                        state.join(r, p, gq);
                        state.join(r, q, gp);
                        long after = score(state);
                        state.leave(r, p);
                        state.leave(r, q);
                        state.join(r, p, gp);
                        state.join(r, q, gq);
                        evaluations++;
                        long delta = after - current;
                        boolean tabu = (Boolean.getBoolean("mix.or") ? tabuUntil[r][p] > iteration || tabuUntil[r][q] > iteration : tabuUntil[r][p] > iteration && tabuUntil[r][q] > iteration);
                        if (tabu && after >= best) {
                            continue;
                        }
                        if (delta < bestDelta) {
                            bestDelta = delta;
                            candidates = 0;
                        }
                        if (delta == bestDelta && candidates < candR.length) {
                            candR[candidates] = r;
                            candP[candidates] = p;
                            candQ[candidates] = q;
                            candidates++;
                        }
                    }
                }
            }
            if (candidates == 0) {
                continue;
            }
            int pick = random.nextInt(candidates);
            int r = candR[pick], p = candP[pick], q = candQ[pick];
            int gp = state.groupOf(r, p), gq = state.groupOf(r, q);
            state.leave(r, p);
            state.leave(r, q);
            state.join(r, p, gq);
            state.join(r, q, gp);
            current += bestDelta;
            int tenure = Integer.getInteger("mix.tenure", 10);
            tabuUntil[r][p] = iteration + tenure + random.nextInt(tenure);
            tabuUntil[r][q] = iteration + tenure + random.nextInt(tenure);
            if (current < best) {
                best = current;
                bestPlan = state.plan();
                bestAt = System.nanoTime();
                sinceBest = 0;
            } else if (++sinceBest > Integer.getInteger("mix.restart", 2000)) {
                for (int k = 0; k < Integer.getInteger("mix.kick", 3); k++) {
                    int rr = random.nextInt(rounds);
                    int[] seats = movable.get(rr);
                    int a = seats[random.nextInt(seats.length)], b = seats[random.nextInt(seats.length)];
                    int ga = state.groupOf(rr, a), gb = state.groupOf(rr, b);
                    if (ga != gb) {
                        state.leave(rr, a);
                        state.leave(rr, b);
                        state.join(rr, a, gb);
                        state.join(rr, b, ga);
                    }
                }
                current = score(state);
                sinceBest = 0;
            }
        }
        System.err.println("iterations " + iteration + " evaluations " + evaluations);
        MixingState bestState = new MixingState(problem);
        bestState.load(bestPlan);
        return new TimefoldMixingSolver.Outcome(bestPlan, bestState.hardPenalty(), (bestAt - start) / 1_000_000);
    }

    private static long score(MixingState state) {
        return state.hardPenalty() * 1_000_000_000_000L + state.softPenalty();
    }
}
