package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A round of group work of a session, held during a seminar and possibly in one of its activities:
 * how many groups (or what size of group), who is absent, and its groups: those staff accepted, the
 * last ones the solver proposed, the places staff locked, a room per group. Groups are numbered
 * from 1 on screen and in the database.
 * <p>
 * Once held with accepted groups, a round is history (see {@link GroupWork#isHistory}): the service
 * refuses any change to it, since its groups are meetings that took place.
 */
@Entity
@Table(name = "work_round")
public class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;
    private Long seminarId;
    private Long activityId;
    private int position;
    private Integer groupCount;
    private Integer minSize;
    private Integer maxSize;
    private boolean published;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "work_round_absence", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "participant_id")
    private Set<Long> absent = new HashSet<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "work_round_member", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "participant_id")
    @Column(name = "group_number")
    private Map<Long, Integer> members = new HashMap<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "work_round_proposal", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "participant_id")
    @Column(name = "group_number")
    private Map<Long, Integer> proposal = new HashMap<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "work_round_lock", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "participant_id")
    @Column(name = "group_number")
    private Map<Long, Integer> locks = new HashMap<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "work_round_room", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "group_number")
    @Column(name = "room")
    private Map<Integer, String> rooms = new HashMap<>();

    @Version
    private long version;

    protected Round() {
    }

    Round(Long sessionId, int position, RoundSizing sizing) {
        this.sessionId = sessionId;
        this.position = position;
        plan(sizing);
    }

    /** Where and how the round is held: seminar, activity, group count or size range. */
    void plan(RoundSizing sizing) {
        this.seminarId = sizing.seminarId();
        this.activityId = sizing.activityId();
        this.groupCount = sizing.groupCount();
        this.minSize = sizing.groupCount() == null ? sizing.minSize() : null;
        this.maxSize = sizing.groupCount() == null ? sizing.maxSize() : null;
    }

    void markAbsent(Set<Long> participantIds) {
        absent.clear();
        absent.addAll(participantIds);
        participantIds.forEach(locks::remove);
    }

    void propose(Map<Long, Integer> groups) {
        proposal.clear();
        proposal.putAll(groups);
    }

    /** The proposal becomes the round's groups, to be published again before participants see them. */
    boolean acceptProposal() {
        if (proposal.isEmpty()) {
            return false;
        }
        members.clear();
        members.putAll(proposal);
        proposal.clear();
        published = false;
        return true;
    }

    void lock(Long participantId, int groupNumber) {
        locks.put(participantId, groupNumber);
    }

    void unlock(Long participantId) {
        locks.remove(participantId);
    }

    void setRooms(Map<Integer, String> byGroup) {
        rooms.clear();
        byGroup.forEach((group, room) -> {
            if (room != null && !room.isBlank()) {
                rooms.put(group, room.strip());
            }
        });
    }

    boolean publish() {
        if (members.isEmpty()) {
            return false;
        }
        published = true;
        return true;
    }

    /** Reads every collection now, so that the round can be shown after its transaction (one query per collection for all rounds). */
    void load() {
        absent.size();
        members.size();
        proposal.size();
        locks.size();
        rooms.size();
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getSeminarId() {
        return seminarId;
    }

    public Long getActivityId() {
        return activityId;
    }

    public int getPosition() {
        return position;
    }

    public Integer getGroupCount() {
        return groupCount;
    }

    public Integer getMinSize() {
        return minSize;
    }

    public Integer getMaxSize() {
        return maxSize;
    }

    public boolean isPublished() {
        return published;
    }

    public Set<Long> getAbsent() {
        return Set.copyOf(absent);
    }

    public Map<Long, Integer> getMembers() {
        return Map.copyOf(members);
    }

    public Map<Long, Integer> getProposal() {
        return Map.copyOf(proposal);
    }

    public Map<Long, Integer> getLocks() {
        return Map.copyOf(locks);
    }

    public Map<Integer, String> getRooms() {
        return new TreeMap<>(rooms);
    }

    public boolean isAccepted() {
        return !members.isEmpty();
    }

    public boolean hasProposal() {
        return !proposal.isEmpty();
    }

    /** The groups shown and counted for this round: the proposal under review, else the accepted groups. */
    public Map<Long, Integer> currentGroups() {
        return proposal.isEmpty() ? getMembers() : getProposal();
    }

    /** Participant ids per group, index 0 holding group 1. */
    public static List<List<Long>> byGroup(Map<Long, Integer> groups) {
        int count = groups.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<Long>> result = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            result.add(new ArrayList<>());
        }
        groups.forEach((participant, group) -> result.get(group - 1).add(participant));
        result.forEach(list -> list.sort(Long::compare));
        return result;
    }

    public long getVersion() {
        return version;
    }
}
