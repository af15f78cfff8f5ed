package fr.cohorte.knowledge;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.cohorte.search.SearchReader;
import fr.cohorte.session.Activity;
import fr.cohorte.session.ProgrammeEditor;
import fr.cohorte.web.DisplayTimes;
import fr.cohorte.web.InstitutionProperties;
import fr.cohorte.web.MarkdownText;
import fr.cohorte.web.PageSize;
import fr.cohorte.web.Paging;
import fr.cohorte.web.RefusedException;
import fr.cohorte.web.SiteAddress;
import fr.cohorte.web.SpreadsheetDownload;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The public registry: the list with its facets and map, a practice's page, and the exports. */
@Controller
class PracticeController {

    static final List<String> EXPORT_HEADERS = List.of("titre", "type", "domaines", "publics", "territoire", "organisations",
            "debut", "fin", "stade", "niveau_de_preuve", "session", "description", "moyens", "resultats", "limites",
            "transferabilite", "adresse");

    private final Practices practices;
    private final Recommendations recommendations;
    private final Taxonomies taxonomies;
    private final TerritoryMaps maps;
    private final PracticeView view;
    private final PracticeEditors editors;
    private final ProgrammeEditor programme;
    private final MessageSource messages;
    private final SiteAddress site;
    private final InstitutionProperties institution;

    private final Contributions contributions;
    private final DisplayTimes times;

    PracticeController(Practices practices, Recommendations recommendations, Taxonomies taxonomies, TerritoryMaps maps,
                       PracticeView view, PracticeEditors editors, ProgrammeEditor programme, MessageSource messages,
                       SiteAddress site, InstitutionProperties institution, Contributions contributions,
                       DisplayTimes times) {
        this.contributions = contributions;
        this.times = times;
        this.practices = practices;
        this.recommendations = recommendations;
        this.taxonomies = taxonomies;
        this.maps = maps;
        this.view = view;
        this.editors = editors;
        this.programme = programme;
        this.messages = messages;
        this.site = site;
        this.institution = institution;
    }

    @GetMapping("/practices")
    String list(@ModelAttribute("filter") PracticeFilter filter, @PageSize(10) Paging paging, Locale locale, Model model) {
        Page<Practice> page = practices.published(filter, paging);
        PracticeFacets facets = practices.publishedFacets(filter);
        model.addAttribute("practices", page);
        model.addAttribute("facets", facets);
        model.addAttribute("types", taxonomies.all(Taxonomy.PRACTICE_TYPE));
        model.addAttribute("domains", taxonomies.all(Taxonomy.DOMAIN));
        model.addAttribute("regions", TerritoryRegion.values());
        model.addAttribute("departments", TerritoryDepartment.values());
        model.addAttribute("countries", facets.countries().keySet().stream()
                .sorted(java.util.Comparator.comparing(code -> Territory.countryName(code, locale))).toList());
        model.addAttribute("sessionNumbers", facets.sessions().keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("evidenceLevels", PracticeEvidence.values());
        model.addAttribute("regionMap", maps.regions());
        model.addAttribute("departmentMap", maps.departments());
        model.addAttribute("mayEdit", editors.mayEditSome());
        return "knowledge/practices";
    }

    @GetMapping("/practices/{id}")
    String practice(@PathVariable long id, Locale locale, Authentication who, Model model) {
        Practice practice = practices.visible(id);
        model.addAttribute("practice", practice);
        model.addAttribute("organisations", view.organisations(practice));
        model.addAttribute("territory", view.territory(practice, locale));
        // The Markdown fields as sanitised HTML; a field left empty has no section.
        Map<String, String> html = new java.util.HashMap<>();
        html.put("description", markdown(practice.getDescription()));
        html.put("resources", markdown(practice.getResources()));
        html.put("results", markdown(practice.getResults()));
        html.put("limits", markdown(practice.getLimits()));
        html.put("transferability", markdown(practice.getTransferability()));
        model.addAttribute("html", html);
        model.addAttribute("sources", sources(practice, SearchReader.of(who)));
        model.addAttribute("recommendations", recommendations.restingOn(id));
        model.addAttribute("mayEdit", practices.mayEdit(practice));
        String url = site.link("/practices/" + id);
        String registry = messages.getMessage("practice.cite.registry", null, locale);
        String session = practice.getSessionNumber() == null ? null
                : messages.getMessage("practice.cite.session", new Object[] {practice.getSessionNumber()}, locale);
        String accessed = messages.getMessage("practice.cite.consulted",
                new Object[] {times.today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))}, locale);
        model.addAttribute("citation", PracticeCitation.authorDate(practice, institution.shortName(), registry, session, url, accessed));
        model.addAttribute("bibtex", PracticeCitation.bibtex(practice, institution.shortName(), registry, url));
        return "knowledge/practice";
    }

    @GetMapping("/practices/export.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute PracticeFilter filter, Locale locale) {
        return export("csv", filter, locale);
    }

    @GetMapping("/practices/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute PracticeFilter filter, Locale locale) {
        return export("xlsx", filter, locale);
    }

    private ResponseEntity<byte[]> export(String format, PracticeFilter filter, Locale locale) {
        List<Practice> found = practices.allPublished(filter);
        practices.recordExport(format, found.size());
        List<List<String>> rows = found.stream().map(practice -> Arrays.asList(
                practice.getTitle(), practice.getType().name(locale), PracticeView.names(practice.getDomains(), locale),
                PracticeView.names(practice.getTargetPublics(), locale), view.territory(practice, locale),
                view.organisationNames(practice), text(practice.getStartedOn()), text(practice.getEndedOn()),
                messages.getMessage("practice.stage." + practice.getStage(), null, locale),
                messages.getMessage("practice.evidence." + practice.getEvidence(), null, locale),
                practice.getSessionNumber() == null ? "" : practice.getSessionNumber().toString(),
                text(practice.getDescription()), text(practice.getResources()), text(practice.getResults()),
                text(practice.getLimits()), text(practice.getTransferability()), site.link("/practices/" + practice.getId()))).toList();
        return SpreadsheetDownload.of(format, "pratiques", EXPORT_HEADERS, rows);
    }

    /** A source as the reader may see it: an activity for the cohort only is named only to those who edit the practice. */
    /**
     * A source as this reader may see it: a note's passage always (it is part of the practice), the
     * note itself only to who may read it, and the hearing it was about as far as the reader may see
     * that, never with speakers when it was held under the Chatham House rule.
     */
    record SourceView(PracticeSource source, String activityTitle, String activityLink, boolean activityHidden,
                      String noteTitle, String noteLink, boolean chathamHouse) {

        static SourceView plain(PracticeSource source) {
            return new SourceView(source, null, null, false, null, null, false);
        }
    }

    private List<SourceView> sources(Practice practice, SearchReader reader) {
        boolean editor = practices.mayEdit(practice);
        List<SourceView> shown = new ArrayList<>();
        for (PracticeSource source : practice.getSources()) {
            if (source.getKind() == PracticeSourceKind.CONTRIBUTION) {
                shown.add(passage(source, reader, editor));
                continue;
            }
            if (source.getKind() != PracticeSourceKind.ACTIVITY) {
                shown.add(SourceView.plain(source));
                continue;
            }
            Optional<Activity> activity = activity(source.getActivityId());
            if (activity.isEmpty()) {
                shown.add(SourceView.plain(source));
            } else if (activity.get().isPublic() || editor) {
                shown.add(new SourceView(source, title(activity.get()), link(activity.get()), false, null, null,
                        activity.get().isChathamHouse()));
            } else {
                shown.add(new SourceView(source, null, null, true, null, null, false));
            }
        }
        return shown;
    }

    private SourceView passage(PracticeSource source, SearchReader reader, boolean editor) {
        Optional<Contribution> note = source.getContributionId() == null ? Optional.empty()
                : contributions.find(source.getContributionId());
        if (note.isEmpty()) {
            return SourceView.plain(source);
        }
        boolean readable = contributions.mayRead(note.get(), reader);
        Optional<Activity> hearing = contributions.activityOf(note.get());
        boolean visible = hearing.map(a -> a.isPublic() || editor).orElse(false);
        return new SourceView(source, visible ? title(hearing.get()) : null, visible ? link(hearing.get()) : null,
                hearing.isPresent() && !visible, readable ? note.get().getTitle() : null,
                readable ? "/knowledge/contributions/" + note.get().getId() : null,
                hearing.map(Activity::isChathamHouse).orElse(false));
    }

    private static String title(Activity activity) {
        return activity.getTitle() + " — " + activity.getSeminar().getTitle();
    }

    private static String link(Activity activity) {
        return activity.isPublic() ? "/sessions/" + activity.getSeminar().getSession().getNumber() + "/programme#seminar-"
                + activity.getSeminar().getOrdinal() : null;
    }

    private Optional<Activity> activity(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(programme.activity(id));
        } catch (RefusedException gone) {
            if (!gone.refusal().is(ProgrammeEditor.ACTIVITY_NOT_FOUND)) {
                throw gone;
            }
            return Optional.empty();
        }
    }

    private static String markdown(String text) {
        return text == null ? null : MarkdownText.toSafeHtml(text);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
