package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.TaskFit;
import java.util.List;

/** A model as {@code list --format json} shows it; the field names are a published contract. */
@JsonPropertyOrder({
  "id",
  "family",
  "name",
  "organization",
  "year",
  "architecture",
  "parameters",
  "context_length",
  "license",
  "open_weights",
  "tasks",
  "hf_repo",
  "aliases",
  "sources"
})
public record ModelView(
    String id,
    String family,
    String name,
    String organization,
    Integer year,
    String architecture,
    Long parameters,
    @JsonProperty("context_length") Long contextLength,
    String license,
    @JsonProperty("open_weights") boolean openWeights,
    List<String> tasks,
    @JsonProperty("hf_repo") String hfRepo,
    List<String> aliases,
    List<String> sources) {

  public static ModelView of(Model m) {
    return new ModelView(
        m.id(),
        m.family(),
        m.name(),
        m.organization(),
        m.year(),
        m.architecture().id(),
        m.parameters(),
        m.contextLength(),
        m.license(),
        Boolean.TRUE.equals(m.openWeights()),
        m.tasks().stream().map(TaskFit::id).toList(),
        m.hfRepo(),
        m.aliases(),
        m.sources());
  }
}
