package io.github.advisorcli.advisor.render;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 describes it, from each column's plain value (no markers; lists joined with
 * {@code "; "}) (CRLF line ends, fields quoted when needed). A cell that a spreadsheet would run as
 * a formula (starting with {@code = + - @}, tab or CR, also after leading spaces, and not a plain
 * number) gets a leading apostrophe.
 */
public final class Csv {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private Csv() {}

  public static String render(TableSpec<?> table) {
    StringBuilder out = new StringBuilder();
    row(out, table.headers());
    for (List<String> cells : table.dataCells()) {
      row(out, cells);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String field(String value) {
    String v = neutralize(value);
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  static String neutralize(String value) {
    if (value.isEmpty() || NUMBER.matcher(value).matches()) {
      return value;
    }
    int i = 0;
    while (i < value.length() - 1 && value.charAt(i) == ' ') {
      i++;
    }
    char c = value.charAt(i);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + value;
    }
    return value;
  }
}
