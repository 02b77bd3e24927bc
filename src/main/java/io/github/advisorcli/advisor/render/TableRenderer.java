package io.github.advisorcli.advisor.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a table out to a width in terminal columns. Column widths start at their content's width (up
 * to each column's maximum); when the table is too wide, the widest shrinkable columns give way
 * first, and cells that no longer fit are cut with an ellipsis. No line is ever wider than the
 * width.
 */
public final class TableRenderer {
  private static final String GAP = "  ";

  private final int width;
  private final Styles styles;

  public TableRenderer(int width, Styles styles) {
    this.width = width;
    this.styles = styles;
  }

  public <T> List<String> render(TableSpec<T> table) {
    List<Column<T>> columns = table.columns();
    List<List<String>> cells = table.cells();
    int[] widths = layout(columns, cells);
    List<String> lines = new ArrayList<>();
    List<String> headers = table.headers();
    lines.add(line(columns, headers, widths, i -> Style.HEADER));
    List<String> rules = new ArrayList<>();
    for (int w : widths) {
      rules.add("─".repeat(w));
    }
    lines.add(line(columns, rules, widths, i -> Style.DIM));
    for (int r = 0; r < cells.size(); r++) {
      T row = table.rows().get(r);
      StyleAt style =
          i -> columns.get(i).style() == null ? null : columns.get(i).style().apply(row);
      List<List<String>> parts = new ArrayList<>();
      int height = 1;
      for (int i = 0; i < columns.size(); i++) {
        String cell = cells.get(r).get(i);
        List<String> p =
            columns.get(i).wrap() && TextWidth.of(cell) > widths[i]
                ? TextWidth.wrap(cell, widths[i])
                : List.of(cell);
        parts.add(p);
        height = Math.max(height, p.size());
      }
      for (int k = 0; k < height; k++) {
        List<String> values = new ArrayList<>();
        for (List<String> p : parts) {
          values.add(k < p.size() ? p.get(k) : "");
        }
        lines.add(line(columns, values, widths, style));
      }
    }
    return lines;
  }

  private <T> int[] layout(List<Column<T>> columns, List<List<String>> cells) {
    int n = columns.size();
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      Column<T> c = columns.get(i);
      int natural = TextWidth.of(c.header());
      for (List<String> row : cells) {
        natural = Math.max(natural, TextWidth.of(row.get(i)));
      }
      widths[i] = Math.min(natural, Math.max(c.maxWidth(), TextWidth.of(c.header())));
    }
    int total = GAP.length() * (n - 1);
    for (int w : widths) {
      total += w;
    }
    while (total > width) {
      int widest = -1;
      for (int i = 0; i < n; i++) {
        int floor = Math.max(1, columns.get(i).minWidth());
        if (widths[i] <= floor) {
          continue;
        }
        if (widest < 0
            || columns.get(i).priority() < columns.get(widest).priority()
            || (columns.get(i).priority() == columns.get(widest).priority()
                && widths[i] > widths[widest])) {
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
