package io.github.advisorcli.advisor.score;

import java.util.List;

/**
 * One criterion's score for one model, with the facts it was computed from.
 *
 * @param value the score in [0,1]
 * @param facts the facts that fed it, in words ("fit strong for classification", "GLUE 80.5 →
 *     0.73")
 * @param missing the facts it needed and the catalog lacks
 * @param present how many of the facts it looks at the catalog has
 * @param total how many facts it looks at
 */
public record CriterionScore(
    double value, List<String> facts, List<String> missing, int present, int total) {
  public CriterionScore {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("criterion score out of [0,1]: " + value);
    }
    facts = List.copyOf(facts);
    missing = List.copyOf(missing);
  }
}
