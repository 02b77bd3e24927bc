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
  public TableSpec<ModelView> table(Labels l) {
    return table(models, l);
  }

  static TableSpec<ModelView> table(List<ModelView> models, Labels l) {
    return new TableSpec<>(
        List.of(
            Column.<ModelView>id(l.get("col.id"), ModelView::id),
            Column.<ModelView>text(l.get("col.family"), ModelView::family, 4, 16).droppable(3),
            Column.<ModelView>text(l.get("col.architecture"), ModelView::architecture, 4, 15)
                .droppable(2),
            Column.<ModelView>number(l.get("col.params"), v -> Numbers.params(v.parameters())),
            Column.<ModelView>number(l.get("col.context"), v -> Numbers.tokens(v.contextLength())),
            Column.<ModelView>text(l.get("col.license"), ModelView::license, 6, 36),
            Column.<ModelView>text(l.get("col.tasks"), v -> String.join(",", v.tasks()), 5, 60)
                .data(v -> String.join("; ", v.tasks()))
                .priority(0)
                .droppable(1)),
        models);
  }
}
