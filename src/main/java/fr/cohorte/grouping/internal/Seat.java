package fr.cohorte.grouping.internal;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** A participant's place in one planned round: the group is what the solver decides. */
@PlanningEntity
public class Seat {

    private int round;
    private int participant;
    @PlanningPin
    private boolean locked;
    @PlanningVariable
    private Integer group;

    Seat() {
    }

    Seat(int round, int participant, boolean locked, int group) {
        this.round = round;
        this.participant = participant;
        this.locked = locked;
        this.group = group;
    }

    int round() {
        return round;
    }

    int participant() {
        return participant;
    }

    public boolean isLocked() {
        return locked;
    }

    public Integer getGroup() {
        return group;
    }

    public void setGroup(Integer group) {
        this.group = group;
    }

    @Override
    public String toString() {
        return "participant " + participant + " in round " + round + ", group " + group;
    }
}
