package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * One model checkpoint as the catalog describes it. Any field may be null while a file is being
 * read (an override names only what it changes); {@link Catalog} holds only complete models. Build
 * one in code with {@link #builder()}.
 */
public record Model(
    @JsonDeserialize(using = Checks.ModelId.class) String id,
    String family,
    String name,
    String organization,
    @JsonDeserialize(using = Checks.Year.class) Integer year,
    @JsonDeserialize(using = Checks.PartialDate.class) String released,
    Architecture architecture,
    Checkpoint checkpoint,
    Boolean cased,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long parameters,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long activeParameters,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long contextLength,
    @JsonDeserialize(using = Checks.LicenseExpression.class) String license,
    Boolean openWeights,
    String hfRepo,
    List<String> aliases,
    @JsonDeserialize(using = Checks.Url.class) String paper,
    List<String> languages,
    String baseModel,
    BaseRelation baseRelation,
    List<TrainingData> trainingData,
    List<TaskFit> tasks,
    List<Benchmark> benchmarks,
    ArchitectureConfig config,
    Capabilities capabilities,
    Docs docs,
    Community community,
    List<EcosystemSupport> ecosystem,
    Customization customization,
    Provenance provenance,
    String notes,
    Imported imported) {

  /** The fields every model must have once all catalogs are merged. */
  static final List<String> REQUIRED =
      List.of("id", "family", "name", "organization", "architecture", "license", "open_weights");

  /** A builder with every field unset. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this model's values. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .family(family)
        .name(name)
        .organization(organization)
        .year(year)
        .released(released)
        .architecture(architecture)
        .checkpoint(checkpoint)
        .cased(cased)
        .parameters(parameters)
        .activeParameters(activeParameters)
        .contextLength(contextLength)
        .license(license)
        .openWeights(openWeights)
        .hfRepo(hfRepo)
        .aliases(aliases)
        .paper(paper)
        .languages(languages)
        .baseModel(baseModel)
        .baseRelation(baseRelation)
        .trainingData(trainingData)
        .tasks(tasks)
        .benchmarks(benchmarks)
        .config(config)
        .capabilities(capabilities)
        .docs(docs)
        .community(community)
        .ecosystem(ecosystem)
        .customization(customization)
        .provenance(provenance)
        .notes(notes)
        .imported(imported);
  }

  /**
   * Lists are never null and provenance is never null in a finished model, except the ecosystem and
   * the training data, where null means "not recorded" and an empty list "none".
   */
  public Model normalized() {
    return new Model(
        id,
        family,
        name,
        organization,
        year,
        released,
        architecture,
        checkpoint,
        cased,
        parameters,
        activeParameters,
        contextLength,
        license,
        openWeights,
        hfRepo,
        Merge.list(aliases),
        paper,
        Merge.list(languages),
        baseModel,
        baseRelation,
        trainingData == null ? null : List.copyOf(trainingData),
        Merge.list(tasks),
        Merge.list(benchmarks),
        config,
        capabilities,
        docs,
        community,
        ecosystem == null ? null : List.copyOf(ecosystem),
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
        Merge.pick(later.released, released),
        Merge.pick(later.architecture, architecture),
        Merge.pick(later.checkpoint, checkpoint),
        Merge.pick(later.cased, cased),
        Merge.pick(later.parameters, parameters),
        Merge.pick(later.activeParameters, activeParameters),
        Merge.pick(later.contextLength, contextLength),
        Merge.pick(later.license, license),
        Merge.pick(later.openWeights, openWeights),
        Merge.pick(later.hfRepo, hfRepo),
        Merge.pick(later.aliases, aliases),
        Merge.pick(later.paper, paper),
        Merge.pick(later.languages, languages),
        Merge.pick(later.baseModel, baseModel),
        Merge.pick(later.baseRelation, baseRelation),
        Merge.pick(later.trainingData, trainingData),
        Merge.pick(later.tasks, tasks),
        Merge.pick(later.benchmarks, benchmarks),
        Merge.pick(later.config, config),
        Merge.pick(later.capabilities, capabilities),
        Merge.pick(later.docs, docs),
        community == null ? later.community : community.overriddenBy(later.community),
        Merge.pick(later.ecosystem, ecosystem),
        Merge.pick(later.customization, customization),
        provenance == null ? later.provenance : provenance.overriddenBy(later.provenance),
        Merge.pick(later.notes, notes),
        Merge.pick(later.imported, imported));
  }

  /** The names of required fields this model lacks, in snake_case. */
  public List<String> missingRequired() {
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
    if (config != null && config.source() != null) {
      urls.add(config.source());
    }
    if (capabilities != null && capabilities.source() != null) {
      urls.add(capabilities.source());
    }
    if (docs != null && docs.source() != null) {
      urls.add(docs.source());
    }
    if (community != null && community.source() != null) {
      urls.add(community.source());
    }
    if (ecosystem != null) {
      ecosystem.stream()
          .map(EcosystemSupport::source)
          .filter(java.util.Objects::nonNull)
          .forEach(urls::add);
    }
    if (customization != null && customization.source() != null) {
      urls.add(customization.source());
    }
    if (trainingData != null) {
      trainingData.stream()
          .map(TrainingData::source)
          .filter(java.util.Objects::nonNull)
          .forEach(urls::add);
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

  /** Builds a {@link Model} field by field; unset fields stay null. */
  public static final class Builder {
    private String id;
    private String family;
    private String name;
    private String organization;
    private Integer year;
    private String released;
    private Architecture architecture;
    private Checkpoint checkpoint;
    private Boolean cased;
    private Long parameters;
    private Long activeParameters;
    private Long contextLength;
    private String license;
    private Boolean openWeights;
    private String hfRepo;
    private List<String> aliases;
    private String paper;
    private List<String> languages;
    private String baseModel;
    private BaseRelation baseRelation;
    private List<TrainingData> trainingData;
    private List<TaskFit> tasks;
    private List<Benchmark> benchmarks;
    private ArchitectureConfig config;
    private Capabilities capabilities;
    private Docs docs;
    private Community community;
    private List<EcosystemSupport> ecosystem;
    private Customization customization;
    private Provenance provenance;
    private String notes;
    private Imported imported;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder family(String family) {
      this.family = family;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    public Builder year(Integer year) {
      this.year = year;
      return this;
    }

    public Builder released(String released) {
      this.released = released;
      return this;
    }

    public Builder architecture(Architecture architecture) {
      this.architecture = architecture;
      return this;
    }

    public Builder checkpoint(Checkpoint checkpoint) {
      this.checkpoint = checkpoint;
      return this;
    }

    public Builder cased(Boolean cased) {
      this.cased = cased;
      return this;
    }

    public Builder parameters(Long parameters) {
      this.parameters = parameters;
      return this;
    }

    public Builder activeParameters(Long activeParameters) {
      this.activeParameters = activeParameters;
      return this;
    }

    public Builder contextLength(Long contextLength) {
      this.contextLength = contextLength;
      return this;
    }

    public Builder license(String license) {
      this.license = license;
      return this;
    }

    public Builder openWeights(Boolean openWeights) {
      this.openWeights = openWeights;
      return this;
    }

    public Builder hfRepo(String hfRepo) {
      this.hfRepo = hfRepo;
      return this;
    }

    public Builder aliases(List<String> aliases) {
      this.aliases = aliases;
      return this;
    }

    public Builder paper(String paper) {
      this.paper = paper;
      return this;
    }

    public Builder languages(List<String> languages) {
      this.languages = languages;
      return this;
    }

    public Builder baseModel(String baseModel) {
      this.baseModel = baseModel;
      return this;
    }

    public Builder baseRelation(BaseRelation baseRelation) {
      this.baseRelation = baseRelation;
      return this;
    }

    public Builder trainingData(List<TrainingData> trainingData) {
      this.trainingData = trainingData;
      return this;
    }

    public Builder tasks(List<TaskFit> tasks) {
      this.tasks = tasks;
      return this;
    }

    public Builder benchmarks(List<Benchmark> benchmarks) {
      this.benchmarks = benchmarks;
      return this;
    }

    public Builder config(ArchitectureConfig config) {
      this.config = config;
      return this;
    }

    public Builder capabilities(Capabilities capabilities) {
      this.capabilities = capabilities;
      return this;
    }

    public Builder docs(Docs docs) {
      this.docs = docs;
      return this;
    }

    public Builder community(Community community) {
      this.community = community;
      return this;
    }

    public Builder ecosystem(List<EcosystemSupport> ecosystem) {
      this.ecosystem = ecosystem;
      return this;
    }

    public Builder customization(Customization customization) {
      this.customization = customization;
      return this;
    }

    public Builder provenance(Provenance provenance) {
      this.provenance = provenance;
      return this;
    }

    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    public Builder imported(Imported imported) {
      this.imported = imported;
      return this;
    }

    public Model build() {
      return new Model(
          id,
          family,
          name,
          organization,
          year,
          released,
          architecture,
          checkpoint,
          cased,
          parameters,
          activeParameters,
          contextLength,
          license,
          openWeights,
          hfRepo,
          aliases,
          paper,
          languages,
          baseModel,
          baseRelation,
          trainingData,
          tasks,
          benchmarks,
          config,
          capabilities,
          docs,
          community,
          ecosystem,
          customization,
          provenance,
          notes,
          imported);
    }
  }
}
