package io.github.advisorcli.advisor.render;

import java.util.List;

/** A GitHub-flavoured Markdown table, fit for a pull-request comment. */
public final class Markdown {
  private Markdown() {}

  public static String render(TableSpec<?> table) {
    StringBuilder out = new StringBuilder();
    row(out, table.headers().stream().map(Markdown::escape).toList());
    out.append('|');
    for (var c : table.columns()) {
      out.append(c.numeric() ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (List<String> cells : table.cells()) {
      row(out, cells.stream().map(Markdown::escape).toList());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell).append(" |");
    }
    out.append('\n');
  }

  /** Escapes the characters Markdown would read as markup or as a cell boundary. */
  public static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\`*_{}[]<>()#+!|~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
