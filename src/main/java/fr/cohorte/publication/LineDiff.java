package fr.cohorte.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between two texts, by longest common subsequence: what a reviewer needs to
 * see what changed between two versions of a chapter (a few hundred lines at most).
 */
public final class LineDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    public record Line(Kind kind, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String older, String newer) {
        String[] a = lines(older);
        String[] b = lines(newer);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                diff.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line(Kind.REMOVED, a[i++]));
            } else {
                diff.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            diff.add(new Line(Kind.REMOVED, a[i++]));
        }
        while (j < b.length) {
            diff.add(new Line(Kind.ADDED, b[j++]));
        }
        return diff;
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
    }
}
