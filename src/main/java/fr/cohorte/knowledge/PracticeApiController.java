package fr.cohorte.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.cohorte.web.PageSize;
import fr.cohorte.web.Paging;
import fr.cohorte.web.SiteAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry for integrators: the same filters as the public list, paged as every list is
 * ({@code page}, {@code size} up to {@link Paging#MAX_SIZE}). Anonymous callers get published
 * practices; staff and coordinators also the drafts they edit.
 */
@Tag(name = "practices", description = "api.docs.tag.practices")
@RestController
class PracticeApiController {

    private final Practices practices;
    private final PracticeView view;
    private final SiteAddress site;

    PracticeApiController(Practices practices, PracticeView view, SiteAddress site) {
        this.practices = practices;
        this.view = view;
        this.site = site;
    }

    record Term(long id, String nameFr, String nameEn) {
        static Term of(TaxonomyTerm term) {
            return new Term(term.getId(), term.getNameFr(), term.getNameEn());
        }
    }

    record TerritoryView(TerritoryKind kind, String code, String name, String regionCode) {
    }

    record Organisation(long id, String name) {
    }

    record Source(PracticeSourceKind kind, Long contributionId, String exact, String prefix, String suffix, Long activityId,
                  String url, String label) {
        static Source of(PracticeSource source) {
            return new Source(source.getKind(), source.getContributionId(), source.getExact(), source.getPrefix(), source.getSuffix(),
                    source.getActivityId(), source.getUrl(), source.getLabel());
        }
    }

    record PracticeItem(long id, String title, String url, PracticeStatus status, Term type, List<Term> domains,
                        List<Term> targetPublics, TerritoryView territory, List<Organisation> organisations, LocalDate startedOn,
                        LocalDate endedOn, PracticeStage stage, PracticeEvidence evidence, Integer session, String description,
                        String resources, String results, String limits, String transferability, List<Source> sources) {
    }

    record PracticePage(List<PracticeItem> items, int page, int size, long totalElements, int totalPages) {
    }

    @Operation(summary = "api.docs.practices.list.summary", description = "api.docs.practices.list.description")
    @SecurityRequirements
    @GetMapping("/api/v1/practices")
    PracticePage list(@ModelAttribute PracticeFilter filter, @PageSize(20) Paging paging) {
        Page<Practice> page = practices.readable(filter, paging);
        return new PracticePage(page.getContent().stream().map(this::item).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    private PracticeItem item(Practice practice) {
        TerritoryView territory = practice.territory().map(t -> new TerritoryView(t.kind(), t.code(), t.name(Locale.FRENCH), t.regionCode()))
                .orElse(null);
        return new PracticeItem(practice.getId(), practice.getTitle(), site.link("/practices/" + practice.getId()), practice.getStatus(),
                Term.of(practice.getType()), practice.getDomains().stream().map(Term::of).toList(),
                practice.getTargetPublics().stream().map(Term::of).toList(), territory,
                view.organisations(practice).stream().map(o -> new Organisation(o.getId(), o.getName())).toList(),
                practice.getStartedOn(), practice.getEndedOn(), practice.getStage(), practice.getEvidence(), practice.getSessionNumber(),
                practice.getDescription(), practice.getResources(), practice.getResults(), practice.getLimits(),
                practice.getTransferability(), practice.getSources().stream().map(Source::of).toList());
    }
}
