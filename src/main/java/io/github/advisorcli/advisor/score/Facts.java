package io.github.advisorcli.advisor.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the sub-facts of one criterion: each recorded one counts its value, each missing one
 * what the imputation gives it. The criterion is their weighted mean.
 */
final class Facts {
  /**
   * What a missing sub-fact counts; also where recorded values are reported while peers are read.
   */
  interface Imputation {
    double value(String subFact);

    default void recorded(String subFact, double value) {}
  }

  /** Every missing sub-fact counts the same constant: used for bounds. */
  static Imputation constant(double v) {
    return subFact -> v;
  }

  private final Imputation imputation;
  private final List<Part> parts = new ArrayList<>();
  private final List<Fact> notes = new ArrayList<>();

  Facts(Imputation imputation) {
    this.imputation = imputation;
  }

  /** A sub-fact; {@code value} null when the catalog lacks it. */
  Facts add(String name, Double value, double weight, Fact fact) {
    if (value == null) {
      parts.add(new Part(name, clamp(imputation.value(name)), weight, false, null));
    } else {
      double v = clamp(value);
      imputation.recorded(name, v);
      parts.add(new Part(name, v, weight, true, fact));
    }
    return this;
  }

  /** A fact shown in the explanation that does not count toward the score. */
  Facts note(Fact fact) {
    notes.add(fact);
    return this;
  }

  CriterionScore score() {
    double weighted = 0;
    double weights = 0;
    for (Part p : parts) {
      weighted += p.weight() * p.value();
      weights += p.weight();
    }
    double value = weights == 0 ? MissingPolicy.NOBODY : weighted / weights;
    return new CriterionScore(clamp(value), parts, notes);
  }

  static double clamp(double v) {
    if (Double.isNaN(v)) {
      return 0;
    }
    return Math.max(0, Math.min(1, v));
  }
}
