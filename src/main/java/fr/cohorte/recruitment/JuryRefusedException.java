package fr.cohorte.recruitment;

/** A change to the jury's criteria that would break the marks already given, with the field at fault and the reason's message key. */
public class JuryRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    JuryRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getField() { return field; }
    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments.clone(); }
}
