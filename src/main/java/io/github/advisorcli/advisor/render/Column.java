package io.github.advisorcli.advisor.render;

import java.util.function.Function;

/**
 * One column of a table: its header, how to get a cell's text from a row, its alignment and how far
 * it may shrink or grow.
 *
 * @param header the heading
 * @param value the cell text of a row
 * @param numeric right-aligned when true
 * @param minWidth the narrowest it may be cut to
 * @param maxWidth the widest it may grow to
 * @param style the style of a cell, or null for none
 * @param priority columns of lower priority give way first when the table is too wide
 * @param wrap a cell too long for the column wraps onto more lines instead of being cut
 */
public record Column<T>(
    String header,
    Function<T, String> value,
    boolean numeric,
    int minWidth,
    int maxWidth,
    Function<T, Style> style,
    int priority,
    boolean wrap) {
  public static <T> Column<T> text(
      String header, Function<T, String> value, int minWidth, int maxWidth) {
    return new Column<>(header, value, false, minWidth, maxWidth, null, 1, false);
  }

  public static <T> Column<T> number(String header, Function<T, String> value) {
    return new Column<>(header, value, true, 1, 40, null, 1, false);
  }

  public Column<T> styled(Function<T, Style> style) {
    return new Column<>(header, value, numeric, minWidth, maxWidth, style, priority, wrap);
  }

  /** This column, giving way before columns of higher priority. */
  public Column<T> priority(int p) {
    return new Column<>(header, value, numeric, minWidth, maxWidth, style, p, wrap);
  }

  /** This column, wrapping long cells onto more lines. */
  public Column<T> wrapped() {
    return new Column<>(header, value, numeric, minWidth, maxWidth, style, priority, true);
  }
}
