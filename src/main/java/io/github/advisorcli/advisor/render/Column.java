package io.github.advisorcli.advisor.render;

import java.util.function.Function;

/**
 * One column of a table: its header, how to get a cell's text from a row, its alignment and how far
 * it may shrink or grow.
 *
 * <p>On a narrow terminal a table first cuts the cells of plain text columns, down to their
 * minimum; then it hides droppable columns, the lowest {@link #dropOrder} first; only when nothing
 * is left to hide does it cut numbers and identifiers ({@link #whole}), which a cut makes wrong or
 * useless.
 *
 * @param header the heading
 * @param value the cell text of a row
 * @param numeric right-aligned and never cut while a column can be hidden instead
 * @param minWidth the narrowest it may be cut to
 * @param maxWidth the widest it may grow to (not for numbers and identifiers)
 * @param style the style of a cell, or null for none
 * @param priority columns of lower priority give way first when the table is too wide
 * @param wrap a cell too long for the column wraps onto more lines instead of being cut
 * @param whole an identifier: never cut while a column can be hidden instead
 * @param dropOrder 0 when the column always shows; otherwise it may be hidden on a narrow terminal,
 *     columns with a lower order first
 * @param data the plain value for data formats (CSV), or null when it is the cell text
 */
public record Column<T>(
    String header,
    Function<T, String> value,
    boolean numeric,
    int minWidth,
    int maxWidth,
    Function<T, Style> style,
    int priority,
    boolean wrap,
    boolean whole,
    int dropOrder,
    Function<T, String> data) {
  public static <T> Column<T> text(
      String header, Function<T, String> value, int minWidth, int maxWidth) {
    return new Column<>(header, value, false, minWidth, maxWidth, null, 1, false, false, 0, null);
  }

  public static <T> Column<T> number(String header, Function<T, String> value) {
    return new Column<>(header, value, true, 1, 40, null, 1, false, false, 0, null);
  }

  /** An identifier column (a model or license id): shown whole. */
  public static <T> Column<T> id(String header, Function<T, String> value) {
    return new Column<>(header, value, false, 10, Integer.MAX_VALUE, null, 2, false, true, 0, null);
  }

  public Column<T> styled(Function<T, Style> style) {
    return new Column<>(
        header, value, numeric, minWidth, maxWidth, style, priority, wrap, whole, dropOrder, data);
  }

  /** This column, giving way before columns of higher priority. */
  public Column<T> priority(int p) {
    return new Column<>(
        header, value, numeric, minWidth, maxWidth, style, p, wrap, whole, dropOrder, data);
  }

  /** This column, wrapping long cells onto more lines. */
  public Column<T> wrapped() {
    return new Column<>(
        header, value, numeric, minWidth, maxWidth, style, priority, true, whole, dropOrder, data);
  }

  /** This column, hidden on a terminal too narrow for the table; lower orders are hidden first. */
  public Column<T> droppable(int order) {
    return new Column<>(
        header, value, numeric, minWidth, maxWidth, style, priority, wrap, whole, order, data);
  }

  /** This column, never cut while a column can be hidden instead (short yes/no cells, codes). */
  public Column<T> uncut() {
    return new Column<>(
        header, value, numeric, minWidth, maxWidth, style, priority, wrap, true, dropOrder, data);
  }

  /** This column, with a plain value for CSV instead of the cell text (no markers, no units). */
  public Column<T> data(Function<T, String> plain) {
    return new Column<>(
        header, value, numeric, minWidth, maxWidth, style, priority, wrap, whole, dropOrder, plain);
  }

  /** The value for data formats. */
  public String dataValue(T row) {
    return (data == null ? value : data).apply(row);
  }

  /** Whether a cell may be cut before every droppable column is hidden. */
  boolean cuttable() {
    return !numeric && !whole;
  }
}
