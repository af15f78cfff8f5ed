package fr.cohorte.publication;

import fr.cohorte.CohorteTest;
import fr.cohorte.account.Role;
import fr.cohorte.account.RoleGrant;
import fr.cohorte.account.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a coordinator's comment hold in the service, for the page and for any later caller. */
@CohorteTest(properties = "cohorte.demo.enabled=true")
class ChapterCommentsTest {

    @Autowired
    Chapters chapters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aCommentLongerThanFiveThousandCharactersOrEmptyIsRefusedAndNothingIsStored() {
        long book = jdbc.queryForObject("select id from publication where session_id = (select id from session where number = 34)", Long.class);
        long chapter = jdbc.queryForObject("select id from chapter where publication_id = ? and ordinal = 3", Long.class, book);
        String author = accounts.create("commentaires-longs@chapitre.test", RoleGrant.scoped(Role.COORDINATOR, book), "Le mot de passe des commentaires");
        Long person = jdbc.queryForObject("select person_id from account where email = ?", Long.class, author);

        assertThatThrownBy(() -> chapters.comment(book, chapter, author, "x".repeat(Chapters.MAX_COMMENT + 1)))
                .hasFieldOrPropertyWithValue("refusal.code", "publication.comment.too-long");
        assertThatThrownBy(() -> chapters.comment(book, chapter, author, "   "))
                .hasFieldOrPropertyWithValue("refusal.code", "publication.comment.blank");
        assertThat(jdbc.queryForObject("select count(*) from chapter_comment where author_person_id = ?", Integer.class, person)).isZero();

        chapters.comment(book, chapter, author, "x".repeat(Chapters.MAX_COMMENT));
        assertThat(jdbc.queryForObject("select count(*) from chapter_comment where author_person_id = ?", Integer.class, person)).isOne();
    }
}
