package io.github.advisorcli.advisor.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Architecture;
import io.github.advisorcli.advisor.catalog.CardCompleteness;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.license.LicenseCategory;
import io.github.advisorcli.advisor.testing.Catalogs;
import io.github.advisorcli.advisor.testing.Models;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties every ranking must have, over generated catalogs and weights. */
class ScorerPropertiesTest {
  private static final List<String> TASKS =
      List.of("classification", "sentiment", "ner", "text-generation");
  private static final List<String> LICENSES =
      List.of(
          "Apache-2.0",
          "MIT",
          "CC-BY-NC-4.0",
          "LicenseRef-llama3",
          "LicenseRef-bigscience-bloom-rail-1.0",
          "LicenseRef-openai-api");

  @Provide
  Arbitrary<List<Model>> models() {
    Arbitrary<Model> model =
        Combinators.combine(
                Arbitraries.integers().between(0, 99_999),
                Arbitraries.of(TASKS),
                Arbitraries.of(Fit.values()),
                Arbitraries.of(LICENSES),
                Arbitraries.longs().between(1_000_000L, 500_000_000_000L).injectNull(0.2),
                Arbitraries.doubles().between(50, 95).injectNull(0.3),
                Arbitraries.of(CardCompleteness.values()).injectNull(0.3),
                Arbitraries.longs().between(0, 50_000_000L).injectNull(0.4))
            .as(
                (n, task, fit, license, params, glue, card, downloads) -> {
                  Models b =
                      Models.model("m" + n)
                          .task(task, fit)
                          .license(license)
                          .parameters(params)
                          .architecture(Architecture.ENCODER)
                          .languages(n % 2 == 0 ? "en" : "zh")
                          .context(n % 3 == 0 ? 512L : 8192L);
                  if (glue != null) {
                    b.benchmark("GLUE", glue, "test");
                  }
                  if (card != null) {
                    b.docs(card, n % 2 == 0, List.of("transformers"));
                  }
                  if (downloads != null) {
                    b.community(downloads, null, null, "2024-0" + (1 + n % 9) + "-01");
                  }
                  return b.build();
                });
    return model.list().ofMinSize(1).ofMaxSize(12).uniqueElements(Model::id);
  }

  @Provide
  Arbitrary<Weights> weights() {
    return Arbitraries.doubles()
        .between(0, 10)
        .list()
        .ofSize(6)
        .filter(l -> l.stream().mapToDouble(Double::doubleValue).sum() > 0.01)
        .map(
            l -> {
              EnumMap<Criterion, Double> m = new EnumMap<>(Criterion.class);
              for (Criterion c : Criterion.values()) {
                m.put(c, l.get(c.ordinal()));
              }
              return Weights.of(m);
            });
  }

  private static Request request(Catalog c, String task, Weights w, Method method) {
    return Request.of(c.tasks().find(task).orElseThrow()).withWeights(w).withMethod(method);
  }

  @Property(tries = 100)
  void everyScoreStaysInTheUnitInterval(
      @ForAll("models") List<Model> models, @ForAll("weights") Weights w, @ForAll Method method) {
    Catalog c = Catalogs.of(models, "2026-01-01");
    for (String task : TASKS) {
      for (Result r : Ranker.complete(c, request(c, task, w, method)).results()) {
        assertThat(r.score()).isBetween(0.0, 1.0);
        r.criteria().values().forEach(s -> assertThat(s.value()).isBetween(0.0, 1.0));
        assertThat(r.coverage()).isBetween(0.0, 1.0);
      }
    }
  }

  @Property(tries = 100)
  void scalingAllWeightsChangesNoRank(
      @ForAll("models") List<Model> models,
      @ForAll("weights") Weights w,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor,
      @ForAll Method method) {
    Catalog c = Catalogs.of(models, "2026-01-01");
    EnumMap<Criterion, Double> scaled = new EnumMap<>(Criterion.class);
    for (Criterion k : Criterion.values()) {
      scaled.put(k, w.get(k) * factor);
    }
    for (String task : TASKS) {
      List<String> a = ids(Ranker.complete(c, request(c, task, w, method)));
      List<String> b = ids(Ranker.complete(c, request(c, task, Weights.of(scaled), method)));
      assertThat(b).isEqualTo(a);
    }
  }

  @Property(tries = 100)
  void catalogOrderChangesNoOutput(
      @ForAll("models") List<Model> models,
      @ForAll("weights") Weights w,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    List<Model> shuffled = new ArrayList<>(models);
    Collections.shuffle(shuffled, new Random(seed));
    Catalog a = Catalogs.of(models, "2026-01-01");
    Catalog b = Catalogs.of(shuffled, "2026-01-01");
    for (String task : TASKS) {
      Ranking ra = Ranker.complete(a, request(a, task, w, Method.WEIGHTED_SUM));
      Ranking rb = Ranker.complete(b, request(b, task, w, Method.WEIGHTED_SUM));
      assertThat(ids(rb)).isEqualTo(ids(ra));
      for (int i = 0; i < ra.results().size(); i++) {
        assertThat(rb.results().get(i).score()).isEqualTo(ra.results().get(i).score());
      }
    }
  }

  @Property(tries = 100)
  void raisingOneCriterionNeverLowersThatModelsScore(
      @ForAll("models") List<Model> models,
      @ForAll("weights") Weights w,
      @ForAll @IntRange(min = 0, max = 5) int criterion,
      @ForAll @DoubleRange(min = 0, max = 1) double raise) {
    Catalog c = Catalogs.of(models, "2026-01-01");
    Ranking r = Ranker.complete(c, request(c, TASKS.get(0), w, Method.WEIGHTED_SUM));
    if (r.results().isEmpty()) {
      return;
    }
    double[][] matrix = Scorer.matrix(r.results());
    double[] before = Scorer.weightedSum(matrix, w.array());
    for (int i = 0; i < matrix.length; i++) {
      double[][] raised = new double[matrix.length][];
      for (int k = 0; k < matrix.length; k++) {
        raised[k] = matrix[k].clone();
      }
      raised[i][criterion] = Math.min(1, raised[i][criterion] + raise * (1 - raised[i][criterion]));
      double[] after = Scorer.weightedSum(raised, w.array());
      assertThat(after[i]).isGreaterThanOrEqualTo(before[i]);
    }
  }

  @Property(tries = 100)
  void betterFactsNeverLowerTheModelsScore(
      @ForAll("models") List<Model> models,
      @ForAll("weights") Weights w,
      @ForAll @IntRange(min = 0, max = 11) int which) {
    Model m = models.get(which % models.size());
    Model better = improve(m);
    List<Model> changed = new ArrayList<>(models);
    changed.set(changed.indexOf(m), better);
    for (String task : TASKS) {
      Catalog a = Catalogs.of(models, "2026-01-01");
      Catalog b = Catalogs.of(changed, "2026-01-01");
      Double before = scoreOf(Ranker.complete(a, request(a, task, w, Method.WEIGHTED_SUM)), m.id());
      Double after = scoreOf(Ranker.complete(b, request(b, task, w, Method.WEIGHTED_SUM)), m.id());
      if (before != null) {
        assertThat(after).isGreaterThanOrEqualTo(before - 1e-12);
      }
    }
  }

  /** The same model with a higher benchmark, a more complete card and more downloads. */
  private static Model improve(Model m) {
    var benchmarks =
        m.benchmarks().stream()
            .map(
                b ->
                    new io.github.advisorcli.advisor.catalog.Benchmark(
                        b.name(),
                        b.value() + 1,
                        b.metric(),
                        b.split(),
                        b.setting(),
                        b.source(),
                        b.asOf(),
                        b.note()))
            .toList();
    var docs =
        m.docs() == null
            ? null
            : new io.github.advisorcli.advisor.catalog.Docs(
                CardCompleteness.COMPLETE, m.docs().examples(), m.docs().frameworks(), null, null);
    var community =
        m.community() == null
            ? null
            : new io.github.advisorcli.advisor.catalog.Community(
                m.community().hfDownloads() == null ? null : m.community().hfDownloads() * 2 + 1,
                m.community().hfLikes(),
                m.community().githubStars(),
                m.community().lastRelease(),
                null,
                null);
    return m.toBuilder().benchmarks(benchmarks).docs(docs).community(community).build();
  }

  // Five flags make more edge-case combinations than tries; random tries cover them instead.
  @Property(tries = 100, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
  void constraintsAreNeverViolatedByAResult(
      @ForAll("models") List<Model> models,
      @ForAll boolean commercial,
      @ForAll boolean openWeights,
      @ForAll @IntRange(min = 6, max = 12) int maxParamsLog10,
      @ForAll boolean zh,
      @ForAll boolean permissiveOnly) {
    Catalog c = Catalogs.of(models, "2026-01-01");
    Constraints k =
        new Constraints(
            commercial,
            permissiveOnly ? Set.of(LicenseCategory.PERMISSIVE) : Set.of(),
            Set.of(),
            (long) Math.pow(10, maxParamsLog10),
            null,
            Precision.FP16,
            openWeights,
            zh ? "zh" : null,
            4096L);
    for (String task : TASKS) {
      Ranking r =
          Ranker.complete(c, Request.of(c.tasks().find(task).orElseThrow()).withConstraints(k));
      for (Result res : r.results()) {
        Model m = res.model();
        var license = c.licenses().licensesIn(m.license()).get(0);
        if (commercial) {
          assertThat(license.commercialUse()).isTrue();
        }
        if (permissiveOnly) {
          assertThat(license.category()).isEqualTo(LicenseCategory.PERMISSIVE);
        }
        assertThat(m.parameters())
            .isNotNull()
            .isLessThanOrEqualTo((long) Math.pow(10, maxParamsLog10));
        if (zh) {
          assertThat(m.languages()).contains("zh");
        }
        assertThat(m.contextLength()).isGreaterThanOrEqualTo(4096L);
      }
      assertThat(r.results().size() + r.excluded().size())
          .isEqualTo(
              (int)
                  c.models().stream()
                      .filter(m -> Criteria.taskFitValue(m, r.request().task()) > 0)
                      .count());
    }
  }

  private static Double scoreOf(Ranking r, String id) {
    return r.results().stream()
        .filter(x -> x.model().id().equals(id))
        .map(Result::score)
        .findFirst()
        .orElse(null);
  }

  private static List<String> ids(Ranking r) {
    return r.results().stream().map(x -> x.model().id()).toList();
  }
}
