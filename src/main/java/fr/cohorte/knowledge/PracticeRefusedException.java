package fr.cohorte.knowledge;

/**
 * A change to the registry that a rule refuses, with the form field at fault (null for the whole
 * form) and the message key that tells why, in the reader's language.
 */
public class PracticeRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public PracticeRefusedException(String field, String messageKey) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
