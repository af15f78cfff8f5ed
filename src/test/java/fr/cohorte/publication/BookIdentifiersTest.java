package fr.cohorte.publication;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookIdentifiersTest {

    @Test
    void anIsbn13IsAcceptedWithOrWithoutHyphensWhenItsCheckDigitMatches() {
        assertThat(Isbn.isValid("978-2-11-000000-2")).isTrue();
        assertThat(Isbn.isValid("9782110000002")).isTrue();
        assertThat(Isbn.isValid("979 10 90636 07 1")).isTrue();
        assertThat(Isbn.printed(" 979 10 90636 07 1 ")).isEqualTo("979-10-90636-07-1");
    }

    @Test
    void anIsbnWithAWrongCheckDigitOrShapeIsRefused() {
        assertThat(Isbn.isValid("978-2-11-000000-3")).as("wrong check digit").isFalse();
        assertThat(Isbn.isValid("2-11-000000-2")).as("an ISBN-10").isFalse();
        assertThat(Isbn.isValid("977-2-11-000000-2")).as("not a book prefix").isFalse();
        assertThat(Isbn.isValid("978-2-11-00000X-2")).isFalse();
        assertThat(Isbn.isValid("-9782110000002")).isFalse();
    }

    @Test
    void aDoiHasTheDirectoryARegistrantASlashAndASuffix() {
        assertThat(Doi.isValid("10.1234/cohorte.2026")).isTrue();
        assertThat(Doi.isValid("10.12345.6/abc-def_(1)")).isTrue();
        assertThat(Doi.isValid("https://doi.org/10.1234/cohorte.2026")).isTrue();
        assertThat(Doi.bare("https://doi.org/10.1234/cohorte.2026")).isEqualTo("10.1234/cohorte.2026");
    }

    @Test
    void aDoiWithoutRegistrantOrSuffixIsRefused() {
        assertThat(Doi.isValid("10.123/court")).as("registrant too short").isFalse();
        assertThat(Doi.isValid("10.1234/")).as("no suffix").isFalse();
        assertThat(Doi.isValid("11.1234/abc")).isFalse();
        assertThat(Doi.isValid("10.1234/avec espace")).isFalse();
    }
}
