package fr.cohorte.knowledge;

import java.net.URI;
import java.util.Locale;

import fr.cohorte.web.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One source of a practice. A passage of a contribution is kept as a W3C Web Annotation
 * TextQuoteSelector: its exact text and a few words before ({@code prefix}) and after
 * ({@code suffix}), so that it can be found again in the note even after the note changes.
 */
@Entity
public class PracticeSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    private int position;

    @Enumerated(EnumType.STRING)
    private PracticeSourceKind kind;

    private Long contributionId;
    @Column(name = "quote_exact")
    private String exact;
    @Column(name = "quote_prefix")
    private String prefix;
    @Column(name = "quote_suffix")
    private String suffix;
    private Long activityId;
    private String url;
    private String label;

    protected PracticeSource() {
    }

    private PracticeSource(PracticeSourceKind kind) {
        this.kind = kind;
    }

    /** A quoted passage of a contribution; its prefix and suffix may be empty (the start or end of the note). */
    public static PracticeSource passage(long contributionId, String exact, String prefix, String suffix) {
        if (exact == null || exact.isBlank()) {
            throw Refusal.invalid("practice.source.exact.required").on("exact").exception();
        }
        PracticeSource source = new PracticeSource(PracticeSourceKind.CONTRIBUTION);
        source.contributionId = contributionId;
        source.exact = exact;
        source.prefix = prefix == null ? "" : prefix;
        source.suffix = suffix == null ? "" : suffix;
        return source;
    }

    public static PracticeSource activity(long activityId) {
        PracticeSource source = new PracticeSource(PracticeSourceKind.ACTIVITY);
        source.activityId = activityId;
        return source;
    }

    /** A document by its reference, with a web address where it can be read if there is one. */
    public static PracticeSource document(String label, String url) {
        if (label == null || label.isBlank()) {
            throw Refusal.invalid("field.required").on("label").exception();
        }
        PracticeSource source = new PracticeSource(PracticeSourceKind.DOCUMENT);
        source.label = limited(label, 300);
        source.url = url == null || url.isBlank() ? null : webAddress(url);
        return source;
    }

    /** A link to a page on the web: http or https only, so no {@code javascript:} or {@code data:} address is ever a source. */
    public static PracticeSource link(String url, String label) {
        PracticeSource source = new PracticeSource(PracticeSourceKind.LINK);
        source.url = webAddress(url);
        source.label = label == null || label.isBlank() ? source.url : limited(label, 300);
        return source;
    }

    /** The address if it is an absolute http or https one with a host; refused otherwise. */
    static String webAddress(String url) {
        String typed = url == null ? "" : url.strip();
        try {
            URI uri = new URI(typed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && typed.length() <= 2000) {
                return typed;
            }
        } catch (java.net.URISyntaxException unreadable) {
            // refused below, as any other address that is not a web page's
        }
        throw Refusal.invalid("field.url").on("url").exception();
    }

    private static String limited(String value, int max) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw Refusal.invalid("field.too-long").on("label").exception();
        }
        return stripped;
    }

    void attachTo(Practice practice, int position) {
        this.practice = practice;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public PracticeSourceKind getKind() {
        return kind;
    }

    public Long getContributionId() {
        return contributionId;
    }

    public String getExact() {
        return exact;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getSuffix() {
        return suffix;
    }

    public Long getActivityId() {
        return activityId;
    }

    public String getUrl() {
        return url;
    }

    public String getLabel() {
        return label;
    }
}
