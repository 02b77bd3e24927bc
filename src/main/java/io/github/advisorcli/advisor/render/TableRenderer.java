package io.github.advisorcli.advisor.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a table out to a width in terminal columns. Column widths start at their content's width (up
 * to each plain text column's maximum). When the table is too wide, plain text columns give way
 * first (the lowest priority, then the widest), down to their minimum; then droppable columns are
 * hidden, the lowest drop order first; only then are numbers and identifiers cut with an ellipsis.
 * No line is ever wider than the width.
 */
public final class TableRenderer {
  private static final String GAP = "  ";

  private final int width;
  private final Styles styles;

  public TableRenderer(int width, Styles styles) {
    this.width = width;
    this.styles = styles;
  }

  /**
   * A laid-out table.
   *
   * @param lines the lines to print
   * @param hidden the headings of the columns hidden to fit the width, in table order
   * @param fullWidth the narrowest width at which no column would be hidden
   */
  public record Layout(List<String> lines, List<String> hidden, int fullWidth) {}

  public <T> List<String> render(TableSpec<T> table) {
    return layout(table).lines();
  }

  public <T> Layout layout(TableSpec<T> table) {
    List<Column<T>> all = table.columns();
    List<List<String>> allCells = table.cells();
    List<String> allHeaders = table.headers();
    int n = all.size();
    int[] natural = new int[n];
    int[] floor = new int[n];
    for (int i = 0; i < n; i++) {
      Column<T> c = all.get(i);
      int header = TextWidth.of(allHeaders.get(i));
      int content = header;
      for (List<String> row : allCells) {
        content = Math.max(content, TextWidth.of(row.get(i)));
      }
      natural[i] = c.cuttable() ? Math.min(content, Math.max(c.maxWidth(), header)) : content;
      floor[i] = c.cuttable() ? Math.min(natural[i], Math.max(1, c.minWidth())) : natural[i];
    }
    boolean[] shown = new boolean[n];
    java.util.Arrays.fill(shown, true);
    int fullWidth = total(floor, shown);
    int[] widths = shrink(all, natural, shown, Cut.CUTTABLE);
    while (total(widths, shown) > width) {
      int drop = -1;
      for (int i = 0; i < n; i++) {
        int order = all.get(i).dropOrder();
        if (shown[i] && order > 0 && (drop < 0 || order <= all.get(drop).dropOrder())) {
          drop = i;
        }
      }
      if (drop < 0) {
        // Nothing left to hide: cut identifiers, then numbers.
        widths = shrink(all, natural, shown, Cut.TEXT);
        if (total(widths, shown) > width) {
          widths = shrink(all, widths, shown, Cut.ALL);
        }
        break;
      }
      shown[drop] = false;
      widths = shrink(all, natural, shown, Cut.CUTTABLE);
    }
    List<Column<T>> columns = new ArrayList<>();
    List<String> headers = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    List<Integer> visibleWidths = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (shown[i]) {
        columns.add(all.get(i));
        headers.add(allHeaders.get(i));
        visibleWidths.add(widths[i]);
      } else {
        hidden.add(allHeaders.get(i));
      }
    }
    int[] w = visibleWidths.stream().mapToInt(Integer::intValue).toArray();
    List<String> lines = new ArrayList<>();
    lines.add(line(columns, headers, w, i -> Style.HEADER));
    List<String> rules = new ArrayList<>();
    for (int x : w) {
      rules.add("─".repeat(x));
    }
    lines.add(line(columns, rules, w, i -> Style.DIM));
    for (int r = 0; r < allCells.size(); r++) {
      T row = table.rows().get(r);
      StyleAt style =
          i -> columns.get(i).style() == null ? null : columns.get(i).style().apply(row);
      List<List<String>> parts = new ArrayList<>();
      int height = 1;
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (!shown[i]) {
          continue;
        }
        String cell = allCells.get(r).get(i);
        List<String> p =
            all.get(i).wrap() && TextWidth.of(cell) > w[k]
                ? TextWidth.wrap(cell, w[k])
                : List.of(cell);
        parts.add(p);
        height = Math.max(height, p.size());
        k++;
      }
      for (int h = 0; h < height; h++) {
        List<String> values = new ArrayList<>();
        for (List<String> p : parts) {
          values.add(h < p.size() ? p.get(h) : "");
        }
        lines.add(line(columns, values, w, style));
      }
    }
    return new Layout(lines, hidden, fullWidth);
  }

  private static int total(int[] widths, boolean[] shown) {
    int total = 0;
    int count = 0;
    for (int i = 0; i < widths.length; i++) {
      if (shown[i]) {
        total += widths[i];
        count++;
      }
    }
    return total + GAP.length() * Math.max(0, count - 1);
  }

  /** Which columns may be cut, and how far. */
  private enum Cut {
    /** Plain text columns, down to their minimum. */
    CUTTABLE,
    /** Every column but numbers, down to its minimum. */
    TEXT,
    /** Every column, down to one. */
    ALL
  }

  /** The shown columns' widths, shrunk towards the width as far as {@code cut} allows. */
  private <T> int[] shrink(List<Column<T>> columns, int[] natural, boolean[] shown, Cut cut) {
    int n = columns.size();
    int[] widths = natural.clone();
    int total = total(widths, shown);
    while (total > width) {
      int widest = -1;
      for (int i = 0; i < n; i++) {
        Column<T> c = columns.get(i);
        boolean may =
            switch (cut) {
              case CUTTABLE -> c.cuttable();
              case TEXT -> !c.numeric();
              case ALL -> true;
            };
        if (!shown[i] || !may) {
          continue;
        }
        int floor = cut == Cut.ALL ? 1 : Math.max(1, c.minWidth());
        if (widths[i] <= floor) {
          continue;
        }
        if (widest < 0
            || c.priority() < columns.get(widest).priority()
            || (c.priority() == columns.get(widest).priority() && widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break;
      }
      widths[widest]--;
      total--;
    }
    return widths;
  }

  private interface StyleAt {
    Style at(int column);
  }

  private <T> String line(
      List<Column<T>> columns, List<String> values, int[] widths, StyleAt style) {
    StringBuilder plain = new StringBuilder();
    StringBuilder styled = new StringBuilder();
    int last = values.size() - 1;
    for (int i = 0; i <= last; i++) {
      String cell = TextWidth.truncate(values.get(i), widths[i]);
      String padded =
          i == last && !columns.get(i).numeric()
              ? cell
              : TextWidth.pad(cell, widths[i], columns.get(i).numeric());
      String sep = i == 0 ? "" : GAP;
      plain.append(sep).append(padded);
      int lead = padded.length() - cell.length();
      String body = columns.get(i).numeric() ? padded.substring(lead) : cell;
      String pad =
          columns.get(i).numeric() ? padded.substring(0, lead) : padded.substring(cell.length());
      styled.append(sep);
      if (columns.get(i).numeric()) {
        styled.append(pad).append(styles.apply(style.at(i), body));
      } else {
        styled.append(styles.apply(style.at(i), body)).append(pad);
      }
    }
    if (TextWidth.of(plain.toString()) > width) {
      // Only possible when even the narrowest columns do not fit: cut the whole line.
      return TextWidth.truncate(plain.toString().stripTrailing(), width);
    }
    return styled.toString().stripTrailing();
  }
}
