package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.score.Criterion;
import io.github.advisorcli.advisor.score.CriterionScore;
import io.github.advisorcli.advisor.score.Exclusion;
import io.github.advisorcli.advisor.score.Fact;
import io.github.advisorcli.advisor.score.Ranking;
import io.github.advisorcli.advisor.score.Result;
import io.github.advisorcli.advisor.score.Robustness;
import io.github.advisorcli.advisor.score.Weights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output of {@code advisor recommend}; field names are a published contract. */
@JsonPropertyOrder({
  "schema",
  "task",
  "use",
  "method",
  "profile",
  "missing_policy",
  "weights",
  "results",
  "excluded",
  "robustness"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecommendationView(
    String schema,
    String task,
    String use,
    String method,
    @JsonInclude(JsonInclude.Include.ALWAYS) String profile,
    @JsonProperty("missing_policy") String missingPolicy,
    Map<String, Double> weights,
    List<ResultView> results,
    List<ExcludedView> excluded,
    RobustnessView robustness) {
  public static final String SCHEMA = "advisor.recommendation/v1";

  /** One ranked model. */
  @JsonPropertyOrder({
    "rank",
    "id",
    "name",
    "license",
    "score",
    "criteria",
    "coverage",
    "missing",
    "parameters",
    "memory",
    "fit",
    "explanation"
  })
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ResultView(
      int rank,
      String id,
      String name,
      String license,
      double score,
      Map<String, Double> criteria,
      double coverage,
      @JsonInclude(JsonInclude.Include.ALWAYS) List<String> missing,
      @JsonInclude(JsonInclude.Include.ALWAYS) Long parameters,
      List<ExplanationView> explanation,
      FitView.MemoryView memory,
      String fit) {
    /** This row with its memory at the asked context and how it fits (recommend --gpu etc.). */
    public ResultView withFit(FitView.MemoryView memory, String fit) {
      return new ResultView(
          rank,
          id,
          name,
          license,
          score,
          criteria,
          coverage,
          missing,
          parameters,
          explanation,
          memory,
          fit);
    }
  }

  /** Every result with its memory and fit, looked up by model id. */
  public RecommendationView withFits(java.util.function.Function<String, ResultView> withFit) {
    return new RecommendationView(
        schema,
        task,
        use,
        method,
        profile,
        missingPolicy,
        weights,
        results.stream().map(r -> withFit.apply(r.id())).toList(),
        excluded,
        robustness);
  }

  /** Why one criterion scored as it did. */
  @JsonPropertyOrder({
    "criterion",
    "score",
    "weight",
    "share",
    "contribution",
    "facts",
    "missing",
    "imputed"
  })
  public record ExplanationView(
      String criterion,
      double score,
      double weight,
      double share,
      double contribution,
      List<String> facts,
      List<String> missing,
      List<ImputedView> imputed,
      @com.fasterxml.jackson.annotation.JsonIgnore List<Fact> factsBehind) {}

  /** A sub-fact the catalog lacks, and the value it was counted with. */
  @JsonPropertyOrder({"fact", "value"})
  public record ImputedView(String fact, double value) {}

  /**
   * A model left out by a constraint: why in English, and as a stable code.
   *
   * @param why the reason itself, which the table words in the interface's language
   */
  @JsonPropertyOrder({"id", "name", "reason", "code"})
  public record ExcludedView(
      String id,
      String name,
      String reason,
      String code,
      @com.fasterxml.jackson.annotation.JsonIgnore io.github.advisorcli.advisor.Reason why) {}

  /** The weight-sensitivity analysis. */
  @JsonPropertyOrder({"samples", "seed", "within_noise", "smallest_flip", "models"})
  public record RobustnessView(
      int samples,
      long seed,
      @JsonProperty("within_noise") boolean withinNoise,
      @JsonProperty("smallest_flip") FlipView smallestFlip,
      List<StabilityView> models) {}

  /** The smallest single-weight change that changes the winner. */
  @JsonPropertyOrder({"criterion", "from", "to", "new_winner"})
  public record FlipView(
      String criterion, double from, double to, @JsonProperty("new_winner") String newWinner) {}

  /** How often a model ranks first and in the top three under perturbed weights. */
  @JsonPropertyOrder({"id", "first", "top3"})
  public record StabilityView(String id, double first, double top3) {}

  /** Facts in JSON, YAML, CSV and Markdown are in English, whatever the interface language. */
  private static final Labels ENGLISH = new Labels(java.util.Locale.ROOT);

  public static RecommendationView of(
      Ranking ranking,
      String profile,
      int top,
      boolean explain,
      boolean showExcluded,
      Robustness.Report robustness) {
    Weights w = ranking.request().weights();
    List<ResultView> results = ranking.top(top).stream().map(r -> result(r, w, explain)).toList();
    List<ExcludedView> excluded =
        showExcluded
            ? ranking.excluded().stream().map(RecommendationView::excluded).toList()
            : null;
    return new RecommendationView(
        SCHEMA,
        ranking.request().task().id(),
        ranking.request().use().toString(),
        ranking.request().method().toString(),
        profile,
        ranking.request().missing().toString(),
        round(w.byKey()),
        results,
        excluded,
        robustness == null ? null : robustness(robustness, top));
  }

  private static ResultView result(Result r, Weights w, boolean explain) {
    Map<String, Double> criteria = new LinkedHashMap<>();
    r.criteria().forEach((c, s) -> criteria.put(c.key(), round(s.value())));
    List<ExplanationView> explanation =
        explain
            ? r.criteria().entrySet().stream()
                .map(
                    e -> {
                      Criterion c = e.getKey();
                      CriterionScore s = e.getValue();
                      return new ExplanationView(
                          c.key(),
                          round(s.value()),
                          round(w.get(c)),
                          round(w.share(c)),
                          round(r.contribution(c, w)),
                          s.facts().stream().map(f -> FactText.of(f, ENGLISH)).toList(),
                          s.missing(),
                          s.imputed().stream()
                              .map(p -> new ImputedView(p.name(), round(p.value())))
                              .toList(),
                          s.facts());
                    })
                .toList()
            : null;
    return new ResultView(
        r.rank(),
        r.model().id(),
        r.model().name(),
        r.model().license(),
        round(r.score()),
        criteria,
        round(r.coverage()),
        r.missing(),
        r.model().parameters(),
        explanation,
        null,
        null);
  }

  private static ExcludedView excluded(Exclusion e) {
    return new ExcludedView(
        e.model().id(),
        e.model().name(),
        ReasonText.english(e.reason()),
        e.reason().code(),
        e.reason());
  }

  private static RobustnessView robustness(Robustness.Report report, int top) {
    Robustness.Flip flip = report.flip();
    return new RobustnessView(
        report.samples(),
        report.seed(),
        report.withinNoise(),
        flip == null
            ? null
            : new FlipView(
                flip.criterion().key(), round(flip.from()), round(flip.to()), flip.newWinner()),
        report.models().stream()
            .limit(top)
            .map(s -> new StabilityView(s.id(), round(s.first()), round(s.top3())))
            .toList());
  }

  static double round(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  private static Map<String, Double> round(Map<String, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, round(v)));
    return out;
  }
}
