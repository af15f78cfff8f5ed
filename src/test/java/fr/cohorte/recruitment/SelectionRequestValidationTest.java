package fr.cohorte.recruitment;

import java.math.BigDecimal;
import java.util.List;

import fr.cohorte.recruitment.InvalidSelectionRequestException.FieldError;
import fr.cohorte.recruitment.SelectionRequest.Candidate;
import fr.cohorte.recruitment.SelectionRequest.Quota;
import org.junit.jupiter.api.Test;

import static fr.cohorte.recruitment.Selections.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A request that cannot be read is refused with each field at fault named. */
class SelectionRequestValidationTest {

    private final CohortSelection selection = Selections.cohortSelection();

    private static final List<Candidate> TWO = List.of(
            candidate("anne", "18", "company", "F", "Renault", "IDF"),
            candidate("bruno", "17", "state", "M", "Ministry", "ARA"));

    @Test
    void aDuplicateIdIsNamedWithTheCandidateItRepeats() {
        List<Candidate> candidates = List.of(TWO.get(0), TWO.get(1), candidate("anne", "3", "state", "F", "Ministry", "ARA"));

        assertThat(errors(new SelectionRequest(1, candidates, null, null, null, null, null)))
                .containsExactly(new FieldError("candidates[2].id", "L’identifiant « anne » est déjà celui de candidates[0]."));
    }

    @Test
    void aMinimumAboveItsMaximumIsNamed() {
        assertThat(errors(new SelectionRequest(1, TWO, List.of(new Quota("background", "state", 3, 2)), null, null, null, null)))
                .containsExactly(new FieldError("quotas[0].min", "Le minimum (3) dépasse le maximum (2)."));
    }

    @Test
    void anUnknownAttributeIsNamedWithTheKnownOnes() {
        assertThat(errors(new SelectionRequest(1, TWO, List.of(new Quota("age", "40", 1, null)), null, null, null, null)))
                .containsExactly(new FieldError("quotas[0].attribute",
                        "Attribut inconnu « age » ; attributs possibles : background, gender, organisation, region."));
    }

    @Test
    void anUnknownForcedIdIsNamed() {
        assertThat(errors(new SelectionRequest(1, TWO, null, null, List.of("anne"), List.of("zoe"), null)))
                .containsExactly(new FieldError("forceOut[0]", "Aucune candidature n’a l’identifiant « zoe »."));
    }

    @Test
    void negativeSeatsAreRefused() {
        assertThat(errors(new SelectionRequest(-2, TWO, null, null, null, null, null)))
                .containsExactly(new FieldError("seats", "La valeur ne peut pas être négative (-2)."));
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        List<Candidate> candidates = List.of(new Candidate("anne", null, "company", "F", "Renault", "IDF"), TWO.get(1));

        assertThat(errors(new SelectionRequest(1, candidates, List.of(new Quota("background", null, null, null)), 0,
                List.of("bruno"), List.of("bruno"), 0)))
                .extracting(FieldError::field)
                .containsExactly("timeLimitSeconds", "maxPerOrganisation", "candidates[0].score", "quotas[0].value", "forceOut[0]");
    }

    @Test
    void aScoreTooLargeToBeSummedExactlyIsRefused() {
        List<Candidate> candidates = List.of(new Candidate("anne", new BigDecimal("1e15"), null, null, null, null));

        assertThat(errors(new SelectionRequest(1, candidates, null, null, null, null, null)))
                .extracting(FieldError::field).containsExactly("candidates[0].score");
    }

    private List<FieldError> errors(SelectionRequest request) {
        return catchThrowableOfType(InvalidSelectionRequestException.class, () -> selection.solve(request)).errors();
    }
}
