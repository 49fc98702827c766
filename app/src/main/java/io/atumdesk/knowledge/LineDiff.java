package io.atumdesk.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence, after the common head and tail are cut off (edits to
 * an article are usually local, so what remains is small). A middle too large for the quadratic
 * table is shown as removed and added whole rather than risk the heap on one request.
 */
public final class LineDiff {

  /** One line of a diff. */
  public record Line(Change change, String text) {}

  /** Whether a line is in both versions, only the older or only the newer. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED
  }

  static final long MAX_CELLS = 4_000_000;

  private LineDiff() {}

  static List<Line> between(String older, String newer) {
    String[] a = lines(older);
    String[] b = lines(newer);
    int head = 0;
    while (head < a.length && head < b.length && a[head].equals(b[head])) {
      head++;
    }
    int tail = 0;
    while (tail < a.length - head
        && tail < b.length - head
        && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
      tail++;
    }
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < head; i++) {
      out.add(new Line(Change.SAME, a[i]));
    }
    middle(a, head, a.length - tail, b, head, b.length - tail, out);
    for (int i = a.length - tail; i < a.length; i++) {
      out.add(new Line(Change.SAME, a[i]));
    }
    return out;
  }

  private static void middle(
      String[] a, int aFrom, int aTo, String[] b, int bFrom, int bTo, List<Line> out) {
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    if ((long) n * m > MAX_CELLS) {
      for (int i = aFrom; i < aTo; i++) {
        out.add(new Line(Change.REMOVED, a[i]));
      }
      for (int j = bFrom; j < bTo; j++) {
        out.add(new Line(Change.ADDED, b[j]));
      }
      return;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a[aFrom + i].equals(b[bFrom + j])
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[aFrom + i].equals(b[bFrom + j])) {
        out.add(new Line(Change.SAME, a[aFrom + i]));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        out.add(new Line(Change.ADDED, b[bFrom + j++]));
      } else {
        out.add(new Line(Change.REMOVED, a[aFrom + i++]));
      }
    }
  }

  private static String[] lines(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\\R", -1);
  }
}
