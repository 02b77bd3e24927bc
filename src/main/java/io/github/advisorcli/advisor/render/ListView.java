package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.catalog.Model;
import java.util.List;

/** The output of {@code advisor list}. */
@JsonPropertyOrder({"schema", "models"})
public record ListView(String schema, List<ModelView> models) {
  public static final String SCHEMA = "advisor.list/v1";

  public static ListView of(List<Model> models) {
    return new ListView(SCHEMA, models.stream().map(ModelView::of).toList());
  }

  /** The table, CSV and Markdown form. */
  public TableSpec<ModelView> table() {
    return new TableSpec<>(
        List.of(
            Column.text("ID", ModelView::id, 8, 40),
            Column.text("FAMILY", ModelView::family, 4, 16),
            Column.text("ARCH", ModelView::architecture, 4, 15),
            Column.number("PARAMS", v -> Numbers.params(v.parameters())),
            Column.number("CONTEXT", v -> Numbers.tokens(v.contextLength())),
            Column.text("LICENSE", ModelView::license, 6, 36),
            Column.text("TASKS", v -> String.join(",", v.tasks()), 5, 60)),
        models);
  }
}
