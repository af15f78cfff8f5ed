package fr.cohorte.grouping;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.cohorte.web.Consequences;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;

/** What deleting a round or publishing the groups will do, counted on the session's groups as they are now. */
@Service
class GroupingConsequences {

    private final GroupWork work;

    GroupingConsequences(GroupWork work) {
        this.work = work;
    }

    /** The round's accepted groups, the proposal under review, the imposed places and rooms all go with it. */
    Consequences ofDeletingRound(int number, Long roundId) {
        SessionGroups groups = work.of(number);
        Round round = groups.round(roundId);
        if (round == null) {
            throw Refusal.notFound(GroupWork.ROUND_NOT_FOUND, roundId).exception();
        }
        if (groups.isHistory(round)) {
            throw Refusal.conflict(GroupWork.ROUND_IN_HISTORY, round.getPosition()).exception();
        }
        String base = "/staff/sessions/" + number + "/groups";
        return Consequences.titled("confirm.round.title", round.getPosition())
                .line("confirm.round.groups", groupCount(round.getMembers().values()), round.getMembers().size())
                .lineIf(round.hasProposal(), "confirm.round.proposal", groupCount(round.getProposal().values()))
                .lineIf(!round.getLocks().isEmpty(), "confirm.round.locks", round.getLocks().size())
                .lineIf(!round.getRooms().isEmpty(), "confirm.round.rooms", round.getRooms().size())
                .lineIf(round.isPublished(), "confirm.round.published")
                .confirm("grouping.round.delete", base + "/rounds/" + roundId + "/delete", base);
    }

    /** Every round with accepted groups is published: its participants see their groups in their programme and calendar. */
    Consequences ofPublishing(int number) {
        List<Round> accepted = work.of(number).rounds().stream().filter(Round::isAccepted).toList();
        Set<Long> participants = new HashSet<>();
        accepted.forEach(round -> participants.addAll(round.getMembers().keySet()));
        int groupTotal = accepted.stream().mapToInt(round -> groupCount(round.getMembers().values())).sum();
        long already = accepted.stream().filter(Round::isPublished).count();
        String base = "/staff/sessions/" + number + "/groups";
        return Consequences.titled("confirm.publish.title")
                .line("confirm.publish.rounds", accepted.size(), groupTotal, participants.size())
                .lineIf(already > 0, "confirm.publish.already", already)
                .lineIf(!accepted.isEmpty(), "confirm.publish.seen")
                .confirm("grouping.publish", base + "/publish", base);
    }

    private static int groupCount(java.util.Collection<Integer> groupNumbers) {
        return new HashSet<>(groupNumbers).size();
    }
}
