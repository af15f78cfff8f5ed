package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Why a group of a round looks the way it does, in the rules' words: how many of each horizon and
 * gender it holds, and which of its members already met, in which rounds.
 */
public record GroupExplanationView(int number, Map<String, Integer> horizons, int women, int men, int colleaguePairs,
                                   List<MetBefore> metBefore) {

    /** Two members who already shared a group, and the positions of the rounds where they did. */
    public record MetBefore(String name, String other, List<Integer> rounds) {
    }

    static List<GroupExplanationView> of(SessionGroups groups, SessionGroups.Review review, Round round, Locale locale) {
        List<GroupExplanationView> views = new ArrayList<>();
        int index = review == null ? -1 : review.indexOf(round);
        if (index < 0) {
            return views;
        }
        int[][] planned = review.plan().rounds().get(index);
        for (int g = 0; g < planned.length; g++) {
            MixingExplanations.GroupExplanation explained = review.explanations().group(index, g);
            Map<String, Integer> horizons = new TreeMap<>();
            int women = 0;
            int men = 0;
            List<CohortMember> members = explained.members().stream().map(id -> groups.member(Long.valueOf(id))).toList();
            for (CohortMember member : members) {
                horizons.merge(member.horizon(locale), 1, Integer::sum);
                women += "F".equals(member.gender()) ? 1 : 0;
                men += "M".equals(member.gender()) ? 1 : 0;
            }
            int colleagues = 0;
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    Long organisation = members.get(i).organisationId();
                    colleagues += organisation != null && organisation.equals(members.get(j).organisationId()) ? 1 : 0;
                }
            }
            List<MetBefore> met = explained.metBefore().stream().map(meeting -> new MetBefore(
                    groups.member(Long.valueOf(meeting.participant())).name(), groups.member(Long.valueOf(meeting.other())).name(),
                    meeting.rounds().stream().map(ref -> review.rounds().get(ref.index()).getPosition()).toList())).toList();
            views.add(new GroupExplanationView(currentNumber(round, members), horizons, women, men, colleagues, met));
        }
        return views;
    }

    /** The group's number in the round, from any of its members. */
    private static int currentNumber(Round round, List<CohortMember> members) {
        return members.isEmpty() ? 0 : round.currentGroups().getOrDefault(members.get(0).participantId(), 0);
    }
}
