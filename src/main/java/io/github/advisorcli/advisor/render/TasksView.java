package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Task;
import java.util.List;

/** The output of {@code advisor tasks}: the task vocabulary. */
@JsonPropertyOrder({"schema", "tasks"})
public record TasksView(String schema, List<TaskView> tasks) {
  public static final String SCHEMA = "advisor.tasks/v1";

  /** One task with its names, related tasks, benchmarks and how many models list it. */
  @JsonPropertyOrder({
    "id",
    "name",
    "name_zh",
    "synonyms",
    "related",
    "benchmarks",
    "hf_pipeline_tags",
    "models"
  })
  public record TaskView(
      String id,
      String name,
      @JsonProperty("name_zh") String nameZh,
      List<String> synonyms,
      List<String> related,
      List<String> benchmarks,
      @JsonProperty("hf_pipeline_tags") List<String> hfPipelineTags,
      int models) {}

  public static TasksView of(Catalog catalog) {
    return new TasksView(
        SCHEMA,
        catalog.tasks().all().stream()
            .map(
                (Task t) ->
                    new TaskView(
                        t.id(),
                        t.name(),
                        t.nameZh(),
                        t.synonyms(),
                        t.related(),
                        t.benchmarks(),
                        t.hfPipelineTags(),
                        (int)
                            catalog.models().stream()
                                .filter(m -> m.fitFor(t.id()) != null)
                                .count()))
            .toList());
  }

  public TableSpec<TaskView> table(Labels l) {
    return new TableSpec<>(
        List.of(
            Column.<TaskView>text(l.get("col.task"), TaskView::id, 6, 16).priority(2),
            Column.<TaskView>text(
                    l.get("col.name"), t -> l.chinese() ? t.nameZh() : t.name(), 6, 24)
                .wrapped(),
            Column.<TaskView>number(l.get("col.models"), t -> Integer.toString(t.models())),
            Column.<TaskView>text(
                    l.get("col.synonyms"), t -> String.join(", ", t.synonyms()), 12, 60)
                .priority(0)
                .wrapped(),
            Column.<TaskView>text(
                    l.get("col.benchmarks"), t -> String.join(", ", t.benchmarks()), 10, 40)
                .priority(0)
                .wrapped()),
        tasks);
  }
}
