package fr.cohorte.recruitment;

/** A selection decision that cannot be taken now; the message key says why, in words staff read. */
public class SelectionRefusedException extends RuntimeException {

    private final String messageKey;

    public SelectionRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
