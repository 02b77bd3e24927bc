package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Dates;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How criterion scores become one score: the weighted sum or TOPSIS closeness, and the date recency
 * is measured from. Ranking itself is {@link Ranker}'s.
 */
public final class Scorer {
  private Scorer() {}

  /**
   * The date recency is measured from: the catalog's snapshot date, so results do not drift with
   * the clock.
   */
  static LocalDate reference(Catalog catalog) {
    return reference(catalog.asOf());
  }

  /** The reference date for a snapshot date, or the fixed fallback when there is none. */
  static LocalDate reference(String asOf) {
    return asOf == null ? LocalDate.of(2026, 1, 1) : Dates.parse(asOf);
  }

  static double[] combine(
      List<? extends Map<Criterion, CriterionScore>> scores, Weights weights, Method method) {
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
