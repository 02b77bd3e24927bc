package io.github.advisorcli.advisor.score;

import static io.github.advisorcli.advisor.testing.Models.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.CardCompleteness;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.license.Use;
import io.github.advisorcli.advisor.testing.Catalogs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static Task task(Catalog c, String id) {
    return c.tasks().find(id).orElseThrow();
  }

  private static Result only(Catalog c, String task, Request r) {
    return Ranker.complete(c, r).results().get(0);
  }

  private static Request request(Catalog c, String task) {
    return Request.of(task(c, task));
  }

  @Test
  void taskFitLevelsAndRelatedTasks() {
    Catalog c =
        Catalogs.of(
            List.of(
                model("strong").task("classification", Fit.STRONG).build(),
                model("good").task("classification", Fit.GOOD).build(),
                model("weak").task("classification", Fit.WEAK).build(),
                model("related").task("sentiment", Fit.STRONG).build(),
                model("unrelated").task("translation", Fit.STRONG).build()),
            "2026-01-01");
    Ranking r = Ranker.complete(c, request(c, "classification"));
    Map<String, Double> fit = new java.util.HashMap<>();
    r.results().forEach(x -> fit.put(x.model().id(), x.criteria().get(Criterion.TASK_FIT).value()));
    assertThat(fit).containsOnlyKeys("strong", "good", "weak", "related");
    assertThat(fit.get("strong")).isEqualTo(1.0);
    assertThat(fit.get("good")).isEqualTo(0.7);
    assertThat(fit.get("weak")).isEqualTo(0.35);
    assertThat(fit.get("related")).isEqualTo(0.5);
  }

  @Test
  void performanceIsScaledByFixedReferencePoints() {
    Catalog c =
        Catalogs.of(
            List.of(
                model("a")
                    .task("classification", Fit.STRONG)
                    .benchmark("MNLI", 80, "test")
                    .parameters(100_000_000L)
                    .build(),
                model("b")
                    .task("classification", Fit.STRONG)
                    .benchmark("MNLI", 90, "test")
                    .parameters(100_000_000L)
                    .build(),
                model("c")
                    .task("classification", Fit.STRONG)
                    .benchmark("MNLI", 99, "dev")
                    .parameters(100_000_000L)
                    .build()),
            "2026-01-01");
    Ranking r = Ranker.complete(c, request(c, "classification"));
    Map<String, CriterionScore> perf = new java.util.HashMap<>();
    r.results().forEach(x -> perf.put(x.model().id(), x.criteria().get(Criterion.PERFORMANCE)));
    // MNLI's reference points in catalog/tasks.yaml: chance (33.3) maps to 0, the best published
    // result (92.2) to 1. Performance is the measured quality alone; size counts elsewhere.
    assertThat(perf.get("b").value()).isCloseTo((90 - 33.3) / (92.2 - 33.3), within(1e-9));
    assertThat(perf.get("a").value()).isCloseTo((80 - 33.3) / (92.2 - 33.3), within(1e-9));
    // A result above the ceiling counts as 1, never more.
    assertThat(perf.get("c").value()).isEqualTo(1.0);
    // The same model scores the same whoever else is ranked: no min-max over the candidates.
    Catalog alone = Catalogs.of(List.of(c.find("a").orElseThrow()), "2026-01-01");
    assertThat(
            Ranker.complete(alone, request(alone, "classification"))
                .results()
                .get(0)
                .criteria()
                .get(Criterion.PERFORMANCE)
                .value())
        .isEqualTo(perf.get("a").value());
  }

  @Test
  void aMissingResultCountsBelowTheLowestAmongTheModelsItCompetesWith() {
    Catalog c =
        Catalogs.of(
            List.of(
                model("leader")
                    .task("classification", Fit.STRONG)
                    .benchmark("MNLI", 80, "dev")
                    .build(),
                model("leader-missing").task("classification", Fit.GOOD).build(),
                model("weak").task("classification", Fit.WEAK).benchmark("MNLI", 40, "dev").build(),
                model("weak-missing").task("classification", Fit.WEAK).build()),
            "2026-01-01");
    Ranking r = Ranker.complete(c, request(c, "classification"));
    double leader = (80 - 33.3) / (92.2 - 33.3);
    double weak = (40 - 33.3) / (92.2 - 33.3);
    // A leading model competes with the leading models: the weak model's low result is not its
    // floor.
    assertThat(score(r, "leader-missing", Criterion.PERFORMANCE))
        .isCloseTo(leader - MissingPolicy.PENALTY, within(1e-9));
    // Any other model competes with every candidate.
    assertThat(score(r, "weak-missing", Criterion.PERFORMANCE))
        .isCloseTo(weak - MissingPolicy.PENALTY, within(1e-9));
    assertThat(score(r, "leader-missing", Criterion.PERFORMANCE))
        .isLessThan(score(r, "leader", Criterion.PERFORMANCE));
    assertThat(score(r, "weak-missing", Criterion.PERFORMANCE))
        .isLessThan(score(r, "weak", Criterion.PERFORMANCE));
  }

  @Test
  void anInstructChatModelDerivesItsTextGenerationFitFromChat() {
    Catalog c =
        Catalogs.of(
            List.of(
                model("instruct")
                    .checkpoint(io.github.advisorcli.advisor.catalog.Checkpoint.INSTRUCT)
                    .task("chat", Fit.STRONG)
                    .build(),
                model("base")
                    .checkpoint(io.github.advisorcli.advisor.catalog.Checkpoint.BASE)
                    .task("chat", Fit.GOOD)
                    .build(),
                model("unknown").task("chat", Fit.STRONG).build()),
            "2026-01-01");
    Ranking r = Ranker.complete(c, request(c, "text-generation"));
    assertThat(score(r, "instruct", Criterion.TASK_FIT)).isEqualTo(1.0);
    assertThat(r.results().get(0).model().id()).isEqualTo("instruct");
    assertThat(r.results().get(0).leads()).isTrue();
    assertThat(r.results().get(0).criteria().get(Criterion.TASK_FIT).facts())
        .anySatisfy(f -> assertThat(f.key()).isEqualTo("fact.fit.derived"));
    // Without the recorded checkpoint the rule does not apply: related-task credit only.
    assertThat(score(r, "base", Criterion.TASK_FIT)).isCloseTo(0.35, within(1e-12));
    assertThat(score(r, "unknown", Criterion.TASK_FIT)).isEqualTo(0.5);
    assertThat(r.results().stream().filter(Result::leads).count()).isEqualTo(1);
  }

  @Test
  void efficiencyScale() {
    assertThat(Criteria.efficiency(1_000_000L)).isEqualTo(1.0);
    assertThat(Criteria.efficiency(1_000_000_000L)).isCloseTo(0.5, within(1e-12));
    assertThat(Criteria.efficiency(1_000_000_000_000L)).isCloseTo(0.0, within(1e-12));
    assertThat(Criteria.efficiency(7_000_000_000L)).isLessThan(Criteria.efficiency(110_000_000L));
  }

  @Test
  void docsFromCardExamplesAndFrameworks() {
    Catalog c =
        Catalogs.of(
            List.of(
                model("full")
                    .task("ner", Fit.STRONG)
                    .docs(CardCompleteness.COMPLETE, true, List.of("a", "b", "c", "d", "e"))
                    .build(),
                model("thin")
                    .task("ner", Fit.STRONG)
                    .docs(CardCompleteness.MINIMAL, false, List.of("a"))
                    .build()),
            "2026-01-01");
    Ranking r = Ranker.complete(c, request(c, "ner"));
    assertThat(score(r, "full", Criterion.DOCS)).isEqualTo(1.0);
    assertThat(score(r, "thin", Criterion.DOCS)).isCloseTo((0.3 + 0 + 0.25) / 3, within(1e-12));
  }

  @Test
  void missingFactsAreNeutralOrPenalized() {
    Catalog c = Catalogs.of(List.of(model("bare").task("ner", Fit.STRONG).build()), "2026-01-01");
    Result neutral = only(c, "ner", request(c, "ner"));
    assertThat(neutral.criteria().get(Criterion.DOCS).value()).isEqualTo(0.5);
    assertThat(neutral.criteria().get(Criterion.COMMUNITY).value()).isEqualTo(0.5);
    assertThat(neutral.missing())
        .contains("docs.model_card", "community.hf_downloads", "efficiency");
    assertThat(neutral.coverage()).isLessThan(0.3);
    Result penalized = only(c, "ner", request(c, "ner").withMissing(MissingPolicy.PENALIZE));
    assertThat(penalized.criteria().get(Criterion.DOCS).value()).isEqualTo(0.0);
    assertThat(penalized.score()).isLessThan(neutral.score());
  }

  @Test
  void communityIsLogScaledWithRecencyDecay() {
    assertThat(Criteria.logScale(99_999_999L, 8)).isCloseTo(1.0, within(1e-9));
    assertThat(Criteria.logScale(9_999L, 8)).isCloseTo(0.5, within(1e-9));
    LocalDate ref = LocalDate.of(2026, 1, 1);
    assertThat(Criteria.recency(ref, ref)).isEqualTo(1.0);
    assertThat(Criteria.recency(ref.minusDays(Math.round(2 * 365.25)), ref))
        .isCloseTo(0.5, within(1e-3));
    assertThat(Criteria.recency(ref.plusDays(30), ref)).isEqualTo(1.0);
  }

  @Test
  void licenseJudgedAgainstTheUse() {
    Catalog c =
        Catalogs.of(
            List.of(
                model("apache").task("ner", Fit.STRONG).build(),
                model("nc").task("ner", Fit.STRONG).license("CC-BY-NC-4.0").build(),
                model("llama").task("ner", Fit.STRONG).license("LicenseRef-llama3").build(),
                model("either").task("ner", Fit.STRONG).license("CC-BY-NC-4.0 OR MIT").build(),
                model("both").task("ner", Fit.STRONG).license("CC-BY-NC-4.0 AND MIT").build()),
            "2026-01-01");
    Ranking commercial = Ranker.complete(c, request(c, "ner"));
    assertThat(score(commercial, "apache", Criterion.LICENSE)).isEqualTo(1.0);
    assertThat(score(commercial, "nc", Criterion.LICENSE)).isEqualTo(0.0);
    assertThat(score(commercial, "llama", Criterion.LICENSE)).isCloseTo(0.4, within(1e-9));
    assertThat(score(commercial, "either", Criterion.LICENSE)).isEqualTo(1.0);
    assertThat(score(commercial, "both", Criterion.LICENSE)).isEqualTo(0.0);
    Ranking research = Ranker.complete(c, request(c, "ner").withUse(Use.RESEARCH));
    assertThat(score(research, "nc", Criterion.LICENSE)).isEqualTo(0.8);
  }

  @Test
  void customizabilityCountsOpenWeightsHeavily() {
    Catalog c =
        Catalogs.of(
            List.of(
                model("open")
                    .task("ner", Fit.STRONG)
                    .customization(List.of("full", "lora"), true, true, true)
                    .build(),
                model("closed")
                    .task("ner", Fit.STRONG)
                    .openWeights(false)
                    .customization(List.of(), false, false, false)
                    .build()),
            "2026-01-01");
    Ranking r = Ranker.complete(c, request(c, "ner"));
    // Neither records a parameter count, so efficiency (weight 1.5) counts 0.5 for both.
    assertThat(score(r, "open", Criterion.CUSTOMIZABILITY))
        .isCloseTo((2 + 1.5 * 0.8 + 1 + 0.5 + 1 + 1.5 * 0.5) / 7.5, within(1e-9));
    assertThat(score(r, "closed", Criterion.CUSTOMIZABILITY))
        .isCloseTo(1.5 * 0.5 / 7.5, within(1e-9));
  }

  @Test
  void weightsValidation() {
    assertThatThrownBy(() -> Weights.of(Map.of(Criterion.LICENSE, -1.0)))
        .isInstanceOf(AdvisorException.class);
    assertThatThrownBy(() -> Weights.of(Map.of(Criterion.LICENSE, Double.NaN)))
        .isInstanceOf(AdvisorException.class);
    assertThatThrownBy(() -> Weights.of(Map.of()))
        .hasMessage("at least one weight must be greater than zero");
    assertThat(Criterion.parse("perf")).isEqualTo(Criterion.PERFORMANCE);
    assertThat(Criterion.parse("Task-Fit")).isEqualTo(Criterion.TASK_FIT);
    assertThatThrownBy(() -> Criterion.parse("licence"))
        .hasMessageContaining("did you mean: license?");
  }

  @Test
  void rankOrderCentroid() {
    Weights w =
        Weights.rankOrderCentroid(
            List.of(Criterion.LICENSE, Criterion.TASK_FIT, Criterion.PERFORMANCE));
    assertThat(w.get(Criterion.LICENSE)).isCloseTo((1 + 1 / 2.0 + 1 / 3.0) / 3, within(1e-12));
    assertThat(w.get(Criterion.TASK_FIT)).isCloseTo((1 / 2.0 + 1 / 3.0) / 3, within(1e-12));
    assertThat(w.get(Criterion.PERFORMANCE)).isCloseTo((1 / 3.0) / 3, within(1e-12));
    assertThat(w.get(Criterion.DOCS)).isZero();
    assertThat(w.sum()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void tiesAreBrokenById() {
    Catalog c =
        Catalogs.of(
            List.of(
                model("zeta").task("ner", Fit.STRONG).build(),
                model("alpha").task("ner", Fit.STRONG).build()),
            "2026-01-01");
    assertThat(Ranker.complete(c, request(c, "ner")).results().stream().map(x -> x.model().id()))
        .containsExactly("alpha", "zeta");
  }

  @Test
  void topsisPrefersTheDominatingModel() {
    double[][] m = {{1, 1, 1}, {0, 0, 0}, {0.5, 0.5, 0.5}};
    double[] s = Topsis.closeness(m, new double[] {1, 1, 1});
    assertThat(s[0]).isEqualTo(1.0);
    assertThat(s[1]).isEqualTo(0.0);
    assertThat(s[2]).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void smallestFlipIsExact() {
    Catalog c =
        Catalogs.of(
            List.of(
                model("licensed").task("ner", Fit.GOOD).build(),
                model("fit").task("ner", Fit.STRONG).license("CC-BY-NC-4.0").build()),
            "2026-01-01");
    Ranking r = Ranker.complete(c, request(c, "ner"));
    assertThat(r.results().get(0).model().id()).isEqualTo("licensed");
    Robustness.Report report = Robustness.analyze(r, 500, 1);
    Robustness.Flip flip = report.flip();
    assertThat(flip.newWinner()).isEqualTo("fit");
    // The winner leads by 1.0 on license and trails by 0.3 on fit, 0.7 net: lowering the license
    // weight by 0.7 (to 0.3) ties them; raising task_fit would need +2.33.
    assertThat(flip.criterion()).isEqualTo(Criterion.LICENSE);
    assertThat(flip.to()).isCloseTo(0.3, within(1e-9));
    Request changed =
        r.request().withWeights(r.request().weights().with(Map.of(Criterion.LICENSE, 0.29)));
    assertThat(Ranker.complete(c, changed).results().get(0).model().id()).isEqualTo("fit");
    Request notYet =
        r.request().withWeights(r.request().weights().with(Map.of(Criterion.LICENSE, 0.31)));
    assertThat(Ranker.complete(c, notYet).results().get(0).model().id()).isEqualTo("licensed");
  }

  @Test
  void robustnessIsReproducibleWithTheSeed() {
    Catalog c = Catalogs.mini();
    Ranking r = Ranker.complete(c, Request.of(task(c, "classification")));
    assertThat(Robustness.analyze(r, 300, 9)).isEqualTo(Robustness.analyze(r, 300, 9));
    Robustness.Report report = Robustness.analyze(r, 300, 9);
    double firsts = report.models().stream().mapToDouble(Robustness.Stability::first).sum();
    assertThat(firsts).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void constraintsParseSizes() {
    assertThat(Sizes.parseCount("1.5B")).isEqualTo(1_500_000_000L);
    assertThat(Sizes.parseCount("350m")).isEqualTo(350_000_000L);
    assertThat(Sizes.parseBytes("8GiB")).isEqualTo(8L << 30);
    assertThat(Sizes.parseBytes("16GB")).isEqualTo(16_000_000_000L);
    assertThat(Sizes.parseTokens("8k")).isEqualTo(8192);
    assertThat(Sizes.parseTokens("128k")).isEqualTo(131072);
    assertThatThrownBy(() -> Sizes.parseCount("lots")).isInstanceOf(AdvisorException.class);
    assertThat(Precision.INT4.bytesFor(7_000_000_000L)).isEqualTo(3_500_000_000L);
  }

  private static double score(Ranking r, String id, Criterion c) {
    return r.results().stream()
        .filter(x -> x.model().id().equals(id))
        .findFirst()
        .orElseThrow()
        .criteria()
        .get(c)
        .value();
  }
}
