package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * One model checkpoint as the catalog describes it. Any field may be null while a file is being
 * read (an override names only what it changes); {@link Catalog} holds only complete models.
 */
public record Model(
    @JsonDeserialize(using = Checks.ModelId.class) String id,
    String family,
    String name,
    String organization,
    @JsonDeserialize(using = Checks.Year.class) Integer year,
    Architecture architecture,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long parameters,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long activeParameters,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long contextLength,
    @JsonDeserialize(using = Checks.LicenseExpression.class) String license,
    Boolean openWeights,
    String hfRepo,
    List<String> aliases,
    @JsonDeserialize(using = Checks.Url.class) String paper,
    List<String> languages,
    List<TaskFit> tasks,
    List<Benchmark> benchmarks,
    Docs docs,
    Community community,
    Customization customization,
    Provenance provenance,
    String notes,
    Imported imported) {

  /** The fields every model must have once all catalogs are merged. */
  static final List<String> REQUIRED =
      List.of("id", "family", "name", "organization", "architecture", "license", "open_weights");

  /** Lists are never null and provenance is never null in a finished model. */
  Model normalized() {
    return new Model(
        id,
        family,
        name,
        organization,
        year,
        architecture,
        parameters,
        activeParameters,
        contextLength,
        license,
        openWeights,
        hfRepo,
        Merge.list(aliases),
        paper,
        Merge.list(languages),
        Merge.list(tasks),
        Merge.list(benchmarks),
        docs,
        community,
        customization,
        provenance == null ? Provenance.NONE : provenance,
        notes,
        imported);
  }

  /** This model with every field that {@code later} sets replaced by the later value. */
  Model overriddenBy(Model later) {
    return new Model(
        id,
        Merge.pick(later.family, family),
        Merge.pick(later.name, name),
        Merge.pick(later.organization, organization),
        Merge.pick(later.year, year),
        Merge.pick(later.architecture, architecture),
        Merge.pick(later.parameters, parameters),
        Merge.pick(later.activeParameters, activeParameters),
        Merge.pick(later.contextLength, contextLength),
        Merge.pick(later.license, license),
        Merge.pick(later.openWeights, openWeights),
        Merge.pick(later.hfRepo, hfRepo),
        Merge.pick(later.aliases, aliases),
        Merge.pick(later.paper, paper),
        Merge.pick(later.languages, languages),
        Merge.pick(later.tasks, tasks),
        Merge.pick(later.benchmarks, benchmarks),
        Merge.pick(later.docs, docs),
        community == null ? later.community : community.overriddenBy(later.community),
        Merge.pick(later.customization, customization),
        provenance == null ? later.provenance : provenance.overriddenBy(later.provenance),
        Merge.pick(later.notes, notes),
        Merge.pick(later.imported, imported));
  }

  /** The names of required fields this model lacks, in snake_case. */
  List<String> missingRequired() {
    var missing = new java.util.ArrayList<String>();
    Object[] values = {id, family, name, organization, architecture, license, openWeights};
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null || (values[i] instanceof String s && s.isBlank())) {
        missing.add(REQUIRED.get(i));
      }
    }
    return missing;
  }

  /** Every source URL behind this model's facts, paper first, without repeats. */
  @JsonIgnore
  public List<String> sources() {
    java.util.LinkedHashSet<String> urls = new java.util.LinkedHashSet<>();
    if (paper != null) {
      urls.add(paper);
    }
    if (provenance != null) {
      for (Sourced s :
          java.util.Arrays.asList(
              provenance.parameters(),
              provenance.activeParameters(),
              provenance.contextLength(),
              provenance.license())) {
        if (s != null && s.source() != null) {
          urls.add(s.source());
        }
      }
    }
    if (benchmarks != null) {
      benchmarks.stream()
          .map(Benchmark::source)
          .filter(java.util.Objects::nonNull)
          .forEach(urls::add);
    }
    if (docs != null && docs.source() != null) {
      urls.add(docs.source());
    }
    if (community != null && community.source() != null) {
      urls.add(community.source());
    }
    if (customization != null && customization.source() != null) {
      urls.add(customization.source());
    }
    return List.copyOf(urls);
  }

  /** The fit of this model for a task, or null when the catalog does not list the task. */
  public TaskFit fitFor(String taskId) {
    for (TaskFit t : tasks) {
      if (t.id().equals(taskId)) {
        return t;
      }
    }
    return null;
  }
}
