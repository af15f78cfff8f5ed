package fr.cohorte.directory;

import java.io.Serializable;
import java.util.List;

import fr.cohorte.web.Refusal;
import org.springframework.context.MessageSourceResolvable;

/**
 * A reason an operation on a person cannot go ahead (merging, erasing), said in the staff member’s words: a message
 * code of the bundles and its arguments. Pages list every obstacle; a refused operation names the first.
 */
public record Obstacle(String code, Object... args) implements MessageSourceResolvable, Serializable {

    /** The refusal of an erasure that an obstacle forbids; its argument is the first obstacle. */
    public static final String ERASURE_REFUSED = "directory.refused.erasure";

    /** The refusal of a merge that an obstacle forbids; its argument is the first obstacle. */
    public static final String MERGE_REFUSED = "directory.refused.merge";

    /** {@code code} refused because of the first of {@code obstacles}: nothing was changed. */
    static Refusal refusal(String code, List<Obstacle> obstacles) {
        return Refusal.conflict(code, obstacles.getFirst());
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }
}
