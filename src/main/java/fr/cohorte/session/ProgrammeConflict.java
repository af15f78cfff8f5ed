package fr.cohorte.session;

import java.util.List;

/**
 * A rule the proposed change breaks, the field at fault and what the explanation shows (titles,
 * local dates and times, zone names, in the order of the rule's message).
 */
public record ProgrammeConflict(ProgrammeRule rule, String field, List<Object> arguments) {

    public ProgrammeConflict {
        arguments = List.copyOf(arguments);
    }

    public static ProgrammeConflict of(ProgrammeRule rule, String field, Object... arguments) {
        return new ProgrammeConflict(rule, field, List.of(arguments));
    }

    public String messageKey() {
        return "programme.rule." + rule.name();
    }
}
