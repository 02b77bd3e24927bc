package io.github.advisorcli.advisor.render;

import java.util.List;

/**
 * A table to render: columns and the rows they read from.
 *
 * @param columns the columns, in order
 * @param rows the rows
 */
public record TableSpec<T>(List<Column<T>> columns, List<T> rows) {
  public TableSpec {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The cell texts, made safe to print, row by row. */
  public List<List<String>> cells() {
    return rows.stream()
        .map(r -> columns.stream().map(c -> Sanitize.line(c.value().apply(r))).toList())
        .toList();
  }

  /** The plain values for data formats (CSV), made safe to print, row by row. */
  public List<List<String>> dataCells() {
    return rows.stream()
        .map(r -> columns.stream().map(c -> Sanitize.line(c.dataValue(r))).toList())
        .toList();
  }

  /** The column headings, made safe to print (a compared model's id is one). */
  public List<String> headers() {
    return columns.stream().map(c -> Sanitize.line(c.header())).toList();
  }
}
