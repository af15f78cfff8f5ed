package fr.cohorte.session;

public enum ActivityType {
    EXPERT_HEARING,
    ACTOR_MEETING,
    COMPANY_VISIT,
    WORKSHOP,
    GROUP_WORK,
    DEBRIEF,
    TRAVEL,
    MEAL,
    FREE_TIME
}
