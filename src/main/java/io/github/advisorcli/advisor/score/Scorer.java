package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks a catalog's models for a task. Candidates are the models that list the task or a related
 * one; constraints then exclude some; the rest get six criterion scores and one overall score, and
 * are sorted by score, ties broken by id. Pure: no I/O, no clock, no randomness.
 */
public final class Scorer {
  private Scorer() {}

  public static Ranking rank(Catalog catalog, Request request) {
    List<Model> candidates = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    for (Model m : catalog.models()) {
      if (Criteria.taskFitValue(m, request.task()) <= 0) {
        continue;
      }
      Optional<String> violation = request.constraints().violation(m, catalog.licenses());
      if (violation.isPresent()) {
        excluded.add(new Exclusion(m, violation.get()));
      } else {
        candidates.add(m);
      }
    }
    excluded.sort(Comparator.comparing(e -> e.model().id()));
    Criteria criteria =
        new Criteria(
            request.task(),
            catalog.tasks(),
            catalog.licenses(),
            request.use(),
            request.missing(),
            reference(catalog),
            new BenchmarkRanges(request.task(), candidates));
    List<Map<Criterion, CriterionScore>> scores = new ArrayList<>();
    for (Model m : candidates) {
      scores.add(criteria.score(m));
    }
    double[] overall = combine(scores, request.weights(), request.method());
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      results.add(new Result(0, candidates.get(i), overall[i], scores.get(i)));
    }
    results.sort(ORDER);
    List<Result> ranked = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      ranked.add(results.get(i).withRank(i + 1));
    }
    return new Ranking(request, ranked, excluded);
  }

  /** Best score first; equal scores by id. */
  static final Comparator<Result> ORDER =
      Comparator.comparingDouble(Result::score).reversed().thenComparing(r -> r.model().id());

  /**
   * The date recency is measured from: the catalog's snapshot date, so results do not drift with
   * the clock.
   */
  static LocalDate reference(Catalog catalog) {
    return reference(catalog.asOf());
  }

  /** The reference date for a snapshot date, or the fixed fallback when there is none. */
  static LocalDate reference(String asOf) {
    return asOf == null ? LocalDate.of(2026, 1, 1) : LocalDate.parse(asOf);
  }

  static double[] combine(
      List<Map<Criterion, CriterionScore>> scores, Weights weights, Method method) {
    double[][] matrix = new double[scores.size()][Criterion.values().length];
    for (int i = 0; i < scores.size(); i++) {
      for (Criterion c : Criterion.values()) {
        matrix[i][c.ordinal()] = scores.get(i).get(c).value();
      }
    }
    return method == Method.TOPSIS
        ? Topsis.closeness(matrix, weights.array())
        : weightedSum(matrix, weights.array());
  }

  /** Σ w·s / Σ w for each row. */
  public static double[] weightedSum(double[][] matrix, double[] weights) {
    double total = total(weights);
    double[] out = new double[matrix.length];
    for (int i = 0; i < matrix.length; i++) {
      out[i] = weightedSum(matrix[i], weights, total);
    }
    return out;
  }

  /** Σ w·s / Σ w for one row, given Σ w. */
  static double weightedSum(double[] row, double[] weights, double total) {
    double s = 0;
    for (int j = 0; j < weights.length; j++) {
      s += weights[j] * row[j];
    }
    return Facts.clamp(s / total);
  }

  /** The sum of the weights, added in criterion order as {@link #weightedSum} does. */
  static double total(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    return total;
  }

  /** The criterion scores of each result, as a matrix in criterion order. */
  public static double[][] matrix(List<Result> results) {
    double[][] m = new double[results.size()][Criterion.values().length];
    for (int i = 0; i < results.size(); i++) {
      EnumMap<Criterion, CriterionScore> c = new EnumMap<>(results.get(i).criteria());
      for (Criterion k : Criterion.values()) {
        m[i][k.ordinal()] = c.get(k).value();
      }
    }
    return m;
  }
}
