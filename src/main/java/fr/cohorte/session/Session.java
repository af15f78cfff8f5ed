package fr.cohorte.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.cohorte.search.Findable;
import fr.cohorte.search.SearchEntry;
import fr.cohorte.search.Searchable;
import fr.cohorte.search.VisibilityKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.ListIndexBase;

/** A national session: one year, one theme, one cohort. */
@Entity
@Searchable(kind = "session", uses = {"number", "theme", "description", "problemStatements"})
public class Session implements Findable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;
    private String theme;
    private String description;
    private LocalDate startDate;
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private SessionStatus status;

    @ElementCollection
    @CollectionTable(name = "session_problem_statement", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "statement")
    private List<String> problemStatements = new ArrayList<>();

    /** A set, so that fetching it together with the problem statements does not repeat seminars. */
    @OneToMany(mappedBy = "session")
    @OrderBy("ordinal")
    private Set<Seminar> seminars = new LinkedHashSet<>();

    @Version
    private long version;

    protected Session() {
    }

    public Session(SessionDetails details) {
        update(details);
    }

    public void update(SessionDetails details) {
        this.number = details.number();
        this.theme = details.theme();
        this.description = details.description();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.status = details.status();
        this.problemStatements.clear();
        this.problemStatements.addAll(details.problemStatements());
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTheme() {
        return theme;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public List<String> getProblemStatements() {
        return List.copyOf(problemStatements);
    }

    public List<Seminar> getSeminars() {
        return List.copyOf(seminars);
    }

    /** Every session is on the public pages, with its theme and problem statements. */
    @Override
    public Optional<SearchEntry> searchEntry() {
        return Optional.of(SearchEntry.of(theme, "/sessions/" + number)
                .text(description).text(problemStatements.toArray(String[]::new))
                .session(number)
                .visibleTo(VisibilityKey.PUBLIC));
    }

    public long getStudyTripCount() {
        return seminars.stream().filter(Seminar::isStudyTrip).count();
    }
}
