package fr.cohorte.account;

/** A new password typed twice, and for a change the current one. Never shown back to the user. */
public class PasswordForm {

    private String current;
    private String password;
    private String confirmation;

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
