package fr.cohorte.grouping;

/**
 * A change to working groups that a rule forbids, such as touching a round that is history. Carries
 * the message key of the reason shown to staff, and its arguments.
 */
public class GroupWorkRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public GroupWorkRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
