package io.github.advisorcli.advisor.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the sub-scores of one criterion: each fact present counts its value, each missing one
 * the policy's.
 */
final class Facts {
  private final MissingPolicy policy;
  private final List<String> facts = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private double weighted;
  private double weights;
  private int present;
  private int total;

  Facts(MissingPolicy policy) {
    this.policy = policy;
  }

  /** A sub-score; null when the fact is missing. */
  Facts add(String name, Double value, double weight, String description) {
    total++;
    if (value == null) {
      missing.add(name);
      weighted += weight * policy.value();
    } else {
      present++;
      weighted += weight * clamp(value);
      facts.add(description);
    }
    weights += weight;
    return this;
  }

  /** A fact shown in the explanation that does not count toward the score. */
  Facts note(String description) {
    facts.add(description);
    return this;
  }

  CriterionScore score() {
    double value = weights == 0 ? policy.value() : weighted / weights;
    return new CriterionScore(clamp(value), facts, missing, present, total);
  }

  static double clamp(double v) {
    if (Double.isNaN(v)) {
      return 0;
    }
    return Math.max(0, Math.min(1, v));
  }
}
