package fr.cohorte.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.web.util.HtmlUtils;

/**
 * Who has met whom over the session's rounds: a participants x participants picture ordered by
 * horizon, each cell shaded by the number of rounds the pair shared a group, drawn as SVG on the
 * server; and the same figures as rows for the table alternative.
 */
public record EncounterMatrix(String svg, List<Row> rows, int rounds) {

    /** A participant's line: how many distinct people they met, and how often they met each other participant. */
    public record Row(CohortMember member, String horizon, int distinctPeopleMet, int mostWithOnePerson, int[] meetings) {
    }

    /** Shades from "never met" to "met three times or more", in DSFR blues; the legend shows each. */
    static final String[] SHADES = {"#ffffff", "#cacafb", "#6a6af4", "#000091"};
    private static final int CELL = 16;
    private static final int LABELS = 200;

    static EncounterMatrix of(SessionGroups groups, Locale locale, UnaryOperator<String> text) {
        SessionGroups.Review review = groups.review();
        List<CohortMember> cohort = groups.cohort();
        int n = cohort.size();
        int[][] meetings = review == null ? new int[n][n] : review.plan().meetings(review.problem());
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int distinct = 0;
            int most = 0;
            for (int b = 0; b < n; b++) {
                distinct += meetings[a][b] > 0 ? 1 : 0;
                most = Math.max(most, meetings[a][b]);
            }
            rows.add(new Row(cohort.get(a), cohort.get(a).horizon(locale), distinct, most, meetings[a]));
        }
        return new EncounterMatrix(svg(rows, text), rows, review == null ? 0 : review.rounds().size());
    }

    private static String svg(List<Row> rows, UnaryOperator<String> text) {
        int n = rows.size();
        int size = LABELS + n * CELL;
        int legendTop = size + 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"matrice-titre matrice-desc\" class=\"encounter-matrix\" viewBox=\"0 0 ")
                .append(size + 10).append(' ').append(legendTop + 40).append("\" width=\"").append(size + 10).append("\" height=\"")
                .append(legendTop + 40).append("\">");
        svg.append("<title id=\"matrice-titre\">").append(HtmlUtils.htmlEscape(text.apply("grouping.matrix.title"))).append("</title>");
        svg.append("<desc id=\"matrice-desc\">").append(HtmlUtils.htmlEscape(text.apply("grouping.matrix.desc")))
                .append("</desc>");
        for (int a = 0; a < n; a++) {
            String name = HtmlUtils.htmlEscape(rows.get(a).member().name());
            int y = LABELS + a * CELL;
            svg.append("<text x=\"").append(LABELS - 4).append("\" y=\"").append(y + CELL - 4)
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#161616\">").append(name).append("</text>");
            int x = LABELS + a * CELL + CELL - 4;
            svg.append("<text x=\"").append(x).append("\" y=\"").append(LABELS - 4).append("\" font-size=\"11\" fill=\"#161616\" transform=\"rotate(-60 ")
                    .append(x).append(' ').append(LABELS - 4).append(")\">").append(name).append("</text>");
            for (int b = 0; b < n; b++) {
                int times = rows.get(a).meetings()[b];
                svg.append("<rect x=\"").append(LABELS + b * CELL).append("\" y=\"").append(y).append("\" width=\"").append(CELL)
                        .append("\" height=\"").append(CELL).append("\" fill=\"").append(a == b ? "#dddddd" : SHADES[Math.min(times, 3)])
                        .append("\" stroke=\"#929292\" stroke-width=\"0.5\"/>");
            }
        }
        String[] legend = {text.apply("grouping.matrix.legend.0"), text.apply("grouping.matrix.legend.1"),
                text.apply("grouping.matrix.legend.2"), text.apply("grouping.matrix.legend.3")};
        for (int k = 0; k < SHADES.length; k++) {
            int x = 10 + k * 170;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(legendTop).append("\" width=\"").append(CELL).append("\" height=\"")
                    .append(CELL).append("\" fill=\"").append(SHADES[k]).append("\" stroke=\"#161616\" stroke-width=\"0.5\"/>");
            svg.append("<text x=\"").append(x + CELL + 6).append("\" y=\"").append(legendTop + CELL - 3)
                    .append("\" font-size=\"12\" fill=\"#161616\">").append(HtmlUtils.htmlEscape(legend[k])).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
