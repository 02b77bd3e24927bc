package io.github.advisorcli.advisor.score;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lowest value each sub-fact takes among a task's candidates, before any constraint: what a
 * missing sub-fact is imputed from. Taken over every model that could be a candidate, so a model's
 * scores do not change when constraints change the candidate set.
 */
public final class Peers {
  private final Map<String, Double> lowest = new ConcurrentHashMap<>();

  private volatile java.time.LocalDate oldestRelease;

  /** Counts a recorded release date: recency is imputed from the oldest. */
  synchronized void observeRelease(java.time.LocalDate released) {
    if (oldestRelease == null || released.isBefore(oldestRelease)) {
      oldestRelease = released;
    }
  }

  java.time.LocalDate oldestRelease() {
    return oldestRelease;
  }

  /** Counts a recorded value of a sub-fact. */
  void observe(String subFact, double value) {
    lowest.merge(subFact, value, Math::min);
  }

  /** What a missing sub-fact counts under the policy. */
  double impute(String subFact, MissingPolicy policy) {
    return switch (policy) {
      case NEUTRAL -> 0.5;
      case PENALIZE -> 0.0;
      case LOWEST_KNOWN -> {
        Double min = lowest.get(subFact);
        yield min == null
            ? MissingPolicy.NOBODY
            : Math.max(0, Math.min(1, min) - MissingPolicy.PENALTY);
      }
    };
  }
}
