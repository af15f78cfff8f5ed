package fr.cohorte.session;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cohorte.directory.Backgrounds;
import fr.cohorte.session.internal.ParticipantRepository;
import fr.cohorte.session.internal.ParticipantRepository.BackgroundCount;
import fr.cohorte.session.internal.NationalSessionRepository;
import fr.cohorte.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the institute's sessions are, as visitors and other modules read them. */
@Service
@Transactional(readOnly = true)
public class SessionCatalogue {

    /** The refusal of a session number that names no session. */
    public static final String NOT_FOUND = "session.refused.not-found";

    private final NationalSessionRepository sessions;
    private final ParticipantRepository participants;
    private final Backgrounds backgrounds;

    SessionCatalogue(NationalSessionRepository sessions, ParticipantRepository participants, Backgrounds backgrounds) {
        this.sessions = sessions;
        this.participants = participants;
        this.backgrounds = backgrounds;
    }

    public List<Session> newestFirst() {
        return sessions.findAllByOrderByNumberDesc();
    }

    public Session byNumber(int number) {
        return sessions.findByNumber(number).orElseThrow(() -> Refusal.notFound(SessionCatalogue.NOT_FOUND, number).exception());
    }

    public java.util.Optional<Session> byNumberIfAny(int number) {
        return sessions.findByNumber(number);
    }

    public java.util.Optional<Session> byId(Long id) {
        return sessions.findById(id);
    }

    public boolean isEmpty() {
        return sessions.count() == 0;
    }

    public CohortComposition composition(Session session) {
        Map<Long, Long> counts = participants.countByBackground(session.getId()).stream()
                .collect(Collectors.toMap(BackgroundCount::getBackgroundId, BackgroundCount::getCount));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<CohortComposition.Share> shares = backgrounds.all().stream()
                .map(background -> new CohortComposition.Share(
                        background, counts.getOrDefault(background.getId(), 0L), total))
                .toList();
        return new CohortComposition(shares, total);
    }
}
