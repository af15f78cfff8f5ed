package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import fr.cohorte.session.Activity;
import fr.cohorte.session.Seminar;

/**
 * A round as staff pages show it: where it is held, its state in words (a message key), and its
 * groups with names, rooms and locks.
 */
public record RoundRow(Round round, Seminar seminar, Activity activity, boolean history, String stateKey,
                       List<GroupView> groups) {

    /** A group of the round's current plan. */
    public record GroupView(int number, String room, List<MemberView> members) {
    }

    /** A member of a group: whether staff locked them there. */
    public record MemberView(CohortMember member, boolean locked) {
    }

    static RoundRow of(SessionGroups groups, Round round) {
        boolean history = groups.isHistory(round);
        String state = history ? "history" : round.hasProposal() ? "proposed" : round.isPublished() ? "published"
                : round.isAccepted() ? "accepted" : "empty";
        List<GroupView> views = new ArrayList<>();
        List<List<Long>> byGroup = Round.byGroup(round.currentGroups());
        for (int g = 0; g < byGroup.size(); g++) {
            int number = g + 1;
            List<MemberView> members = byGroup.get(g).stream().map(groups::member).filter(Objects::nonNull)
                    .map(member -> new MemberView(member, Integer.valueOf(number).equals(round.getLocks().get(member.participantId()))))
                    .sorted(Comparator.comparing((MemberView m) -> m.member().background().getPosition())
                            .thenComparing(m -> m.member().name()))
                    .toList();
            views.add(new GroupView(number, round.getRooms().get(number), members));
        }
        return new RoundRow(round, groups.seminarOf(round), groups.activityOf(round), history, "grouping.round.state." + state, views);
    }

    public int absentCount() {
        return round.getAbsent().size();
    }
}
