package fr.cohorte.publication;

/** A coordinator's comment that is empty or too long; nothing was stored. The message key says which. */
public class CommentRefusedException extends RuntimeException {

    private final String messageKey;

    CommentRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
