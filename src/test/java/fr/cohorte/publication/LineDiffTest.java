package fr.cohorte.publication;

import java.util.List;

import fr.cohorte.publication.LineDiff.Kind;
import fr.cohorte.publication.LineDiff.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void aChangedLineIsRemovedThenAddedBetweenUnchangedOnes() {
        List<Line> diff = LineDiff.between("Introduction\nAncien paragraphe\nConclusion", "Introduction\nNouveau paragraphe\nConclusion");

        assertThat(diff).containsExactly(
                new Line(Kind.SAME, "Introduction"),
                new Line(Kind.REMOVED, "Ancien paragraphe"),
                new Line(Kind.ADDED, "Nouveau paragraphe"),
                new Line(Kind.SAME, "Conclusion"));
    }

    @Test
    void linesAddedAtTheEndAndRemovedAtTheStartAreTheOnlyChanges() {
        List<Line> diff = LineDiff.between("Préambule\nA\nB", "A\nB\nC\nD");

        assertThat(diff).containsExactly(
                new Line(Kind.REMOVED, "Préambule"),
                new Line(Kind.SAME, "A"),
                new Line(Kind.SAME, "B"),
                new Line(Kind.ADDED, "C"),
                new Line(Kind.ADDED, "D"));
    }

    @Test
    void aTextWrittenFromNothingIsAllAdded() {
        assertThat(LineDiff.between("", "Un\r\nDeux")).containsExactly(new Line(Kind.ADDED, "Un"), new Line(Kind.ADDED, "Deux"));
        assertThat(LineDiff.between("Même texte", "Même texte")).containsExactly(new Line(Kind.SAME, "Même texte"));
    }
}
