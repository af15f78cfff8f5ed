package fr.cohorte.publication;

/** A chapter names a card the registry does not hold: the book is not rendered, and its editors are told which. */
public class MissingCardException extends BookRenderingException {

    public MissingCardException(int chapter, BookCard.Reference card) {
        super("Chapter " + chapter + " shows the card " + card.directive() + ", which is not in the registry");
    }
}
