package fr.cohorte.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import fr.cohorte.audit.AuditAction;
import fr.cohorte.audit.AuditTrail;

/** The HTTP sessions an account has open, on every device: ending them all is "log out everywhere". */
@Service
public class SessionsOfAccount {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditTrail audit;

    SessionsOfAccount(FindByIndexNameSessionRepository<? extends Session> sessions, AuditTrail audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    public int count(String email) {
        return sessions.findByPrincipalName(email).size();
    }

    public void endAll(String email) {
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
        audit.record(email, AuditAction.LOGGED_OUT_EVERYWHERE, email, null);
    }
}
