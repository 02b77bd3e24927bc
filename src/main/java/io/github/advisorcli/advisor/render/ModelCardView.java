package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.catalog.Capability;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.CatalogEntries;
import io.github.advisorcli.advisor.catalog.FactDates;
import io.github.advisorcli.advisor.catalog.Generations;
import io.github.advisorcli.advisor.catalog.Lineage;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.score.ModelScores;
import io.github.advisorcli.advisor.score.Precision;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of {@code advisor show ID}: the model's catalog entry (in the catalog file's own field
 * names), derived memory, its license and its standing for its tasks.
 */
@JsonPropertyOrder({
  "schema",
  "model",
  "memory",
  "license",
  "licenses",
  "lineage",
  "scores",
  "sources",
  "defined_at",
  "freshness",
  "newer_generation",
  "capabilities"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelCardView(
    String schema,
    Map<String, Object> model,
    MemoryView memory,
    LicensesView.LicenseView license,
    List<LicensesView.LicenseView> licenses,
    LineageView lineage,
    List<ScoreView> scores,
    List<String> sources,
    @JsonProperty("defined_at") String definedAt,
    FreshnessView freshness,
    @JsonProperty("newer_generation") NewerView newerGeneration,
    Map<String, Boolean> capabilities) {
  public static final String SCHEMA = "advisor.model/v1";

  /**
   * How old the model's facts are: the dates of its sourced facts, and, when a limit was given,
   * whether the oldest is past it.
   */
  @JsonPropertyOrder({
    "oldest_as_of",
    "oldest_fact",
    "newest_as_of",
    "max_age_days",
    "age_days",
    "stale"
  })
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FreshnessView(
      @JsonProperty("oldest_as_of") String oldestAsOf,
      @JsonProperty("oldest_fact") String oldestFact,
      @JsonProperty("newest_as_of") String newestAsOf,
      @JsonProperty("max_age_days") Long maxAgeDays,
      @JsonProperty("age_days") Long ageDays,
      Boolean stale) {
    /** The dates, and with {@code maxAgeDays} the age on {@code today} and whether it is past. */
    public static FreshnessView of(FactDates d, Long maxAgeDays, LocalDate today) {
      if (d.oldest() == null) {
        return null;
      }
      Long age = maxAgeDays == null ? null : d.ageDays(today);
      return new FreshnessView(
          d.oldest(),
          d.oldestFact(),
          d.newest(),
          maxAgeDays,
          age,
          maxAgeDays == null ? null : d.olderThan(maxAgeDays, today));
    }
  }

  /** A newer generation of the model's family in the catalog. */
  @JsonPropertyOrder({"family", "models", "source"})
  public record NewerView(String family, List<String> models, String source) {
    static NewerView of(Generations.Newer n) {
      return n == null ? null : new NewerView(n.family(), n.models(), n.source());
    }
  }

  /** This card with its freshness, the newer generation and the capability answers. */
  public ModelCardView withFreshness(
      Catalog catalog, Model m, Generations generations, Long maxAgeDays, LocalDate today) {
    Map<String, Boolean> caps = new LinkedHashMap<>();
    for (Capability c : Capability.values()) {
      caps.put(c.id(), c.of(m));
    }
    return new ModelCardView(
        schema,
        model,
        memory,
        license,
        licenses,
        lineage,
        scores,
        sources,
        definedAt,
        FreshnessView.of(FactDates.of(m), maxAgeDays, today),
        NewerView.of(generations.newer(catalog, m)),
        caps);
  }

  /** Memory for the weights alone, derived from the parameter count. */
  @JsonPropertyOrder({"derived", "basis", "fp32_bytes", "fp16_bytes", "int8_bytes", "int4_bytes"})
  public record MemoryView(
      boolean derived,
      String basis,
      @JsonProperty("fp32_bytes") long fp32,
      @JsonProperty("fp16_bytes") long fp16,
      @JsonProperty("int8_bytes") long int8,
      @JsonProperty("int4_bytes") long int4) {
    static MemoryView of(Long parameters) {
      if (parameters == null) {
        return null;
      }
      return new MemoryView(
          true,
          "parameters × bytes per parameter; weights only (activations and KV cache come on top)",
          Precision.FP32.bytesFor(parameters),
          Precision.FP16.bytesFor(parameters),
          Precision.INT8.bytesFor(parameters),
          Precision.INT4.bytesFor(parameters));
    }
  }

  /**
   * The model's lineage: its own license, its base models' and its training data's, and the
   * effective license they make together (all apply; the weakest decides).
   *
   * @param effective the effective license expression
   * @param commercialUse yes, conditional, unknown or no, for the effective license
   * @param links the model itself, then its base models and training data
   */
  @JsonPropertyOrder({"effective", "commercial_use", "links"})
  public record LineageView(
      String effective,
      @JsonProperty("commercial_use") String commercialUse,
      List<LinkView> links) {}

  /** One link of a lineage; license null when the catalog does not know it. */
  @JsonPropertyOrder({"kind", "name", "license", "source"})
  public record LinkView(String kind, String name, String license, String source) {}

  /** The model's standing for one task under default settings. */
  @JsonPropertyOrder({"task", "rank", "of", "score", "criteria"})
  public record ScoreView(
      String task, int rank, int of, double score, Map<String, Double> criteria) {}

  public static ModelCardView of(Catalog catalog, Model m) {
    return of(catalog, m, true);
  }

  /**
   * The view of {@code m}, with its catalog entry ({@link #model}) only when {@code entry}: the
   * formats that print the whole view need it, the table prints the facts itself. Making the entry
   * takes Jackson's data binding, which a table would otherwise load and start for nothing.
   */
  public static ModelCardView of(Catalog catalog, Model m, boolean entry) {
    List<ScoreView> scores =
        ModelScores.of(catalog, m).stream()
            .map(
                s -> {
                  Map<String, Double> criteria = new LinkedHashMap<>();
                  s.result()
                      .criteria()
                      .forEach(
                          (c, v) -> criteria.put(c.key(), RecommendationView.round(v.value())));
                  return new ScoreView(
                      s.task().id(),
                      s.result().rank(),
                      s.candidates(),
                      RecommendationView.round(s.result().score()),
                      criteria);
                })
            .toList();
    Lineage lineage = Lineage.of(m, catalog::find);
    String effective = lineage.expression();
    var licenses = catalog.licenses().licensesIn(effective);
    LicensesView.LicenseView license =
        licenses.isEmpty()
            ? null
            : LicensesView.of(List.of(licenses.get(0)), catalog).licenses().get(0);
    // An expression names several licenses: every one of them, for their conditions.
    List<LicensesView.LicenseView> all =
        licenses.size() < 2 ? null : LicensesView.of(licenses, catalog).licenses();
    return new ModelCardView(
        SCHEMA,
        entry ? CatalogEntries.asMap(m) : null,
        MemoryView.of(m.parameters()),
        license,
        all,
        new LineageView(
            effective,
            catalog.licenses().expression(effective).commercialUse().id(),
            lineage.links().stream()
                .map(
                    k ->
                        new LinkView(
                            k.kind().name().toLowerCase(java.util.Locale.ROOT),
                            k.name(),
                            k.license(),
                            k.source()))
                .toList()),
        scores,
        m.sources(),
        catalog.location(m.id()).map(Object::toString).orElse(null),
        null,
        null,
        null);
  }
}
