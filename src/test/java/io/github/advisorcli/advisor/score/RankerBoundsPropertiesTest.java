package io.github.advisorcli.advisor.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.stream.CatalogStream;
import io.github.advisorcli.advisor.license.Use;
import io.github.advisorcli.advisor.testing.Catalogs;
import io.github.advisorcli.advisor.testing.Synthetic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The assumption behind {@link Ranker#top}'s pruning: the bounds the first pass gives a candidate,
 * from the peers seen so far and with imputed facts (and recency, while the catalog's date is
 * unknown) at their extremes, always enclose the score the second pass gives it with every peer
 * known. If they did not, a candidate could be pruned that belongs among the best k; so also: the
 * top-k ranking is the first k of the complete ranking.
 */
class RankerBoundsPropertiesTest {
  private static final List<String> TASKS =
      List.of("classification", "chat", "summarization", "embedding", "translation");

  @Provide
  Arbitrary<Weights> weights() {
    return Arbitraries.doubles()
        .between(0, 10)
        .list()
        .ofSize(Criterion.values().length)
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

  @Provide
  Arbitrary<String> tasks() {
    return Arbitraries.of(TASKS);
  }

  /**
   * The criteria a complete ranking keeps from the peers' pass (those no imputation or recency
   * touched) are exactly the ones worked out again once the peers are settled.
   */
  @Property(tries = 40)
  void criteriaKeptFromThePeersPassAreTheOnesWorkedOutAgain(
      @ForAll @IntRange(min = 1, max = 150) int count,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll("tasks") String taskId,
      @ForAll MissingPolicy missing,
      @ForAll Use use) {
    assertKeptCriteriaAreWorkedOutAgain(catalog(count, seed), taskId, missing, use);
  }

  /** The same over the curated catalog, whose models have release dates. */
  @Property(tries = 30)
  void criteriaKeptFromTheCuratedCatalogAreTheOnesWorkedOutAgain(
      @ForAll("tasks") String taskId, @ForAll MissingPolicy missing, @ForAll Use use) {
    Catalog curated = Catalogs.bundled();
    assertKeptCriteriaAreWorkedOutAgain(curated, taskId, missing, use);
  }

  private static void assertKeptCriteriaAreWorkedOutAgain(
      Catalog catalog, String taskId, MissingPolicy missing, Use use) {
    Registries registries = Catalogs.registries();
    Task task = registries.tasks().require(taskId);
    java.time.LocalDate reference = Scorer.reference(catalog.asOf());
    Criteria keeping =
        new Criteria(
            task, registries.tasks(), registries.licenses(), use, missing, reference, new Peers());
    Criteria plain =
        new Criteria(
            task, registries.tasks(), registries.licenses(), use, missing, reference, new Peers());
    List<Model> candidates =
        catalog.models().stream().filter(m -> Criteria.taskFitValue(m, task) > 0).toList();
    for (Model m : candidates) {
      keeping.observe(m, true);
      plain.observe(m);
    }
    for (Model m : candidates) {
      assertThat(keeping.score(m)).as(m.id()).isEqualTo(plain.score(m));
    }
  }

  @Property(tries = 40)
  void theUpperBoundIsNeverBelowTheFinalScoreNorTheLowerAboveIt(
      @ForAll @IntRange(min = 1, max = 150) int count,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll("tasks") String taskId,
      @ForAll("weights") Weights weights,
      @ForAll MissingPolicy missing,
      @ForAll Use use,
      @ForAll boolean dateKnownEarly) {
    Catalog catalog = catalog(count, seed);
    Registries registries = Catalogs.registries();
    Task task = registries.tasks().require(taskId);
    Peers peers = new Peers();
    java.time.LocalDate reference = Scorer.reference(catalog.asOf());
    Criteria bounding =
        new Criteria(
            task,
            registries.tasks(),
            registries.licenses(),
            use,
            missing,
            dateKnownEarly ? reference : null,
            peers);
    double[] w = weights.array();
    double total = Scorer.total(w);
    List<Model> candidates =
        catalog.models().stream().filter(m -> Criteria.taskFitValue(m, task) > 0).toList();
    double[][] lower = new double[candidates.size()][];
    double[][] upper = new double[candidates.size()][];
    for (int i = 0; i < candidates.size(); i++) {
      // As the first pass does: each candidate bounded when it is read, with the peers so far.
      bounding.observe(candidates.get(i));
      lower[i] = new double[w.length];
      upper[i] = new double[w.length];
      bounding.bounds(candidates.get(i), lower[i], upper[i]);
    }
    Criteria exact =
        new Criteria(
            task, registries.tasks(), registries.licenses(), use, missing, reference, peers);
    for (int i = 0; i < candidates.size(); i++) {
      EnumMap<Criterion, CriterionScore> scores = exact.score(candidates.get(i));
      double[] row = new double[w.length];
      for (Criterion c : Criterion.values()) {
        row[c.ordinal()] = scores.get(c).value();
        assertThat(row[c.ordinal()])
            .as("%s %s", candidates.get(i).id(), c)
            .isBetween(lower[i][c.ordinal()], upper[i][c.ordinal()]);
      }
      double score = Scorer.weightedSum(row, w, total);
      assertThat(Scorer.weightedSum(upper[i], w, total))
          .as("upper bound of %s", candidates.get(i).id())
          .isGreaterThanOrEqualTo(score);
      assertThat(Scorer.weightedSum(lower[i], w, total))
          .as("lower bound of %s", candidates.get(i).id())
          .isLessThanOrEqualTo(score);
    }
  }

  @Property(tries = 15)
  void theTopKRankingIsTheFirstKOfTheCompleteRanking(
      @ForAll @IntRange(min = 1, max = 150) int count,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 40) int k,
      @ForAll("tasks") String taskId,
      @ForAll("weights") Weights weights,
      @ForAll MissingPolicy missing)
      throws IOException {
    Path dir = Files.createTempDirectory("advisor-topk");
    try {
      Path file = Synthetic.write(dir, "c.json", Synthetic.text(count, seed, false));
      Catalog catalog =
          io.github.advisorcli.advisor.catalog.Catalogs.load(
              Catalogs.bundle(), Map.of(file, "c.json"), false);
      Registries registries = Catalogs.registries();
      Request request =
          Request.of(registries.tasks().require(taskId)).withWeights(weights).withMissing(missing);
      List<Result> expected = Ranker.complete(catalog, request).top(k);
      List<Result> top =
          Ranker.top(new CatalogStream(file, "c.json", registries, 1), registries, request, k)
              .results();
      assertThat(top).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(top.get(i).model().id()).isEqualTo(expected.get(i).model().id());
        assertThat(top.get(i).rank()).isEqualTo(expected.get(i).rank());
        assertThat(top.get(i).score()).isEqualTo(expected.get(i).score());
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Catalog catalog(int count, long seed) {
    // The synthetic catalog as loaded from its JSON text, as the streamed path reads it.
    try {
      Path dir = Files.createTempDirectory("advisor-bounds");
      try {
        Path file = Synthetic.write(dir, "c.json", Synthetic.text(count, seed, false));
        return io.github.advisorcli.advisor.catalog.Catalogs.load(
            Catalogs.bundle(), Map.of(file, "c.json"), false);
      } finally {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
