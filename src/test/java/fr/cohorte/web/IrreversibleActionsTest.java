package fr.cohorte.web;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action that cannot be undone asks first: its POST is {@link Irreversible}, and a GET on the same address
 * shows its consequences. A new irreversible action marked without its confirmation page fails here.
 */
@CohorteTest
class IrreversibleActionsTest {

    /** The list: confirming a cohort, withdrawing, deleting an activity, round, partnership or document, publishing groups, erasing a person. */
    static final Set<String> IRREVERSIBLE = Set.of(
            "/staff/sessions/{number:\\d{1,9}}/selection/runs/{run:\\d{1,18}}/confirm",
            "/staff/sessions/{number:\\d{1,9}}/selection/applications/{application:\\d{1,18}}/withdraw",
            "/staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/delete",
            "/staff/sessions/{number:\\d{1,9}}/seminars/{seminar:\\d{1,18}}/activities/{activity:\\d{1,18}}/documents/{document:\\d{1,18}}/delete",
            "/staff/sessions/{number:\\d{1,9}}/groups/rounds/{id}/delete",
            "/staff/sessions/{number:\\d{1,9}}/groups/publish",
            "/directory/partnerships/{partnership:\\d{1,18}}/delete",
            "/directory/persons/{id}/erase",
            "/directory/partnerships/{partnership:\\d{1,18}}/documents/{document:\\d{1,18}}/delete");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyActionThatCannotBeUndoneIsHeldUntilConfirmedAndShowsItsConsequencesFirst() {
        Set<String> marked = new TreeSet<>();
        Set<String> shown = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> patterns = info.getPathPatternsCondition().getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (method.hasMethodAnnotation(Irreversible.class)) {
                assertThat(methods).as(method + " acts on a POST").containsExactly(RequestMethod.POST);
                marked.addAll(patterns);
            }
            if (methods.contains(RequestMethod.GET)) {
                shown.addAll(patterns);
            }
        });

        assertThat(marked).containsExactlyInAnyOrderElementsOf(IRREVERSIBLE);
        assertThat(shown).as("each has its confirmation at the same address").containsAll(marked);
    }
}
