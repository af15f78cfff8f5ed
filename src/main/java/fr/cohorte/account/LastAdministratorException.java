package fr.cohorte.account;

/** Refused: withdrawing the administrator role from the only account that holds it would leave nobody to administer Cohorte. */
public class LastAdministratorException extends RuntimeException {

    public LastAdministratorException() {
        super("The last administrator keeps the role");
    }
}
