package fr.cohorte.session;

import static fr.cohorte.web.Text.blankToNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session as staff fill it in. Problem statements are rows with a position: staff reorder them
 * by changing the numbers, remove one by emptying it, and add one in the empty rows.
 */
public class SessionForm {

    /** Empty rows offered below the existing statements. */
    static final int NEW_ROWS = 2;

    @NotNull(message = "{field.required}")
    @Min(value = 1, message = "{programme.number.invalid}")
    @Max(value = 999_999_999, message = "{programme.number.invalid}")
    private Integer number;

    @NotBlank(message = "{field.required}")
    @Size(max = 500, message = "{field.too-long}")
    private String theme;

    @Size(max = 4000, message = "{field.too-long}")
    private String description;

    @NotNull(message = "{field.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    /** Required but on the clone form, where an empty end keeps the source's length. */
    @NotNull(message = "{field.required}", groups = EndTyped.class)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @NotNull(message = "{field.required}")
    private SessionStatus status = SessionStatus.PLANNED;

    @Valid
    private List<StatementRow> problemStatements = new ArrayList<>();

    private long version;

    /** The checks of a form whose end date must be typed: every session form but the clone's. */
    public interface EndTyped {
    }

    /** One problem statement and where it goes in the list. */
    public static class StatementRow {

        private Integer position;

        @Size(max = 1000, message = "{field.too-long}")
        private String text;

        public StatementRow() {
        }

        StatementRow(Integer position, String text) {
            this.position = position;
            this.text = text;
        }

        public Integer getPosition() { return position; }
        public void setPosition(Integer position) { this.position = position; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    public static SessionForm blank() {
        SessionForm form = new SessionForm();
        form.withNewRows();
        return form;
    }

    public static SessionForm of(Session session) {
        SessionForm form = new SessionForm();
        form.number = session.getNumber();
        form.theme = session.getTheme();
        form.description = session.getDescription();
        form.startDate = session.getStartDate();
        form.endDate = session.getEndDate();
        form.status = session.getStatus();
        List<String> statements = session.getProblemStatements();
        for (int i = 0; i < statements.size(); i++) {
            form.problemStatements.add(new StatementRow(i + 1, statements.get(i)));
        }
        form.version = session.getVersion();
        form.withNewRows();
        return form;
    }

    /** Adds the empty rows again after a refused submission, so staff can still add statements. */
    SessionForm withNewRows() {
        problemStatements.removeIf(row -> row.text == null || row.text.isBlank());
        int next = problemStatements.stream().map(StatementRow::getPosition).filter(java.util.Objects::nonNull)
                .max(Integer::compare).orElse(0) + 1;
        for (int i = 0; i < NEW_ROWS; i++) {
            problemStatements.add(new StatementRow(next + i, ""));
        }
        return this;
    }

    /** Statements in the order of their positions; rows without a position keep their place at the end. */
    public SessionDetails details() {
        List<String> ordered = problemStatements.stream()
                .filter(row -> row.text != null && !row.text.isBlank())
                .sorted(Comparator.comparing(StatementRow::getPosition, Comparator.nullsLast(Integer::compare)))
                .map(row -> row.text.trim())
                .toList();
        return new SessionDetails(number, theme.trim(), blankToNull(description), startDate, endDate, status, ordered);
    }

    public Integer getNumber() { return number; }
    public void setNumber(Integer number) { this.number = number; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public SessionStatus getStatus() { return status; }
    public void setStatus(SessionStatus status) { this.status = status; }
    public List<StatementRow> getProblemStatements() { return problemStatements; }
    public void setProblemStatements(List<StatementRow> problemStatements) { this.problemStatements = problemStatements; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
