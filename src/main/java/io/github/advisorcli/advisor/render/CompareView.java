package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.score.Comparison;
import java.util.ArrayList;
import java.util.List;

/** The output of {@code advisor compare}. */
@JsonPropertyOrder({"schema", "task", "use", "models", "rows"})
public record CompareView(
    String schema, String task, String use, List<String> models, List<RowView> rows) {
  public static final String SCHEMA = "advisor.compare/v1";

  /** One compared fact; {@code best} holds the indices (into {@code models}) of the best values. */
  @JsonPropertyOrder({"key", "values", "best"})
  public record RowView(String key, List<String> values, List<Integer> best) {}

  public static CompareView of(
      String task, String use, List<String> models, List<Comparison.Row> rows) {
    return new CompareView(
        SCHEMA,
        task,
        use,
        models,
        rows.stream()
            .map(
                r ->
                    new RowView(
                        r.key(), r.values().stream().map(Numbers::value).toList(), r.best()))
            .toList());
  }

  /**
   * Rows as a table with one column per model; the best value of a row carries a ★ (and colour).
   */
  public TableSpec<RowView> table(Labels l) {
    List<Column<RowView>> columns = new ArrayList<>();
    columns.add(Column.<RowView>text(l.get("col.field"), r -> l.get("compare." + r.key()), 6, 24));
    for (int i = 0; i < models.size(); i++) {
      final int index = i;
      columns.add(
          Column.<RowView>text(
                  models.get(i),
                  r -> word(l, r.values().get(index)) + (r.best().contains(index) ? " ★" : ""),
                  6,
                  28)
              .data(r -> word(l, r.values().get(index)))
              .styled(r -> r.best().contains(index) ? Style.SCORE_HIGH : null));
    }
    return new TableSpec<>(columns, rows);
  }

  private static String word(Labels l, String value) {
    return switch (value) {
      case "yes" -> l.get("word.yes");
      case "no" -> l.get("word.no");
      case "unknown" -> l.get("word.unknown");
      case "conditional" -> l.get("word.conditional");
      default -> value;
    };
  }
}
