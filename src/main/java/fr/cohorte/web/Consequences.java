package fr.cohorte.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.ui.Model;

/**
 * What an action that cannot be undone will do, in figures ("30 retenus, 8 en liste d’attente, 38 courriels"),
 * shown before it is done: on a page of its own without JavaScript, in a DSFR modal with it. The action's URL
 * answers GET with this confirmation, and its POST acts only with {@link #CONFIRMED} set (see {@link Irreversible}).
 *
 * @param title     the question asked, as a message code and its arguments
 * @param lines     each consequence, as a message code and its arguments
 * @param actionUrl where the confirmed form posts (and where a GET shows this confirmation)
 * @param cancelUrl where the cancel link leads back to
 * @param submitKey the message code of the button that acts
 */
public record Consequences(Line title, List<Line> lines, String actionUrl, String cancelUrl, String submitKey) {

    /** The field only the confirmation's form posts: without it, the action shows its consequences instead of acting. */
    public static final String CONFIRMED = "confirmed";

    /** The template, a page that holds its modal as the fragment {@code modal}. */
    public static final String VIEW = "web/confirm";

    public Consequences {
        lines = List.copyOf(lines);
    }

    /** One sentence: a message code of the bundles and its arguments. */
    public record Line(String code, Object... args) {
    }

    public static Builder titled(String code, Object... args) {
        return new Builder(new Line(code, args));
    }

    /** Puts the confirmation in the model and names its view (the modal fragment is chosen on the request's header). */
    public String show(Model model) {
        model.addAttribute("consequences", this);
        return VIEW;
    }

    public static final class Builder {

        private final Line title;
        private final List<Line> lines = new ArrayList<>();

        private Builder(Line title) {
            this.title = title;
        }

        public Builder line(String code, Object... args) {
            lines.add(new Line(code, args));
            return this;
        }

        /** A line said only when it holds, such as documents deleted along with the item when there are any. */
        public Builder lineIf(boolean holds, String code, Object... args) {
            return holds ? line(code, args) : this;
        }

        public Consequences confirm(String submitKey, String actionUrl, String cancelUrl) {
            return new Consequences(title, lines, actionUrl, cancelUrl, submitKey);
        }
    }
}
