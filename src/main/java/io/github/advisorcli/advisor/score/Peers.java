package io.github.advisorcli.advisor.score;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lowest value each sub-fact takes among a task's candidates, before any constraint: what a
 * missing sub-fact is imputed from. Taken over every model that could be a candidate, so a model's
 * scores do not change when constraints change the candidate set.
 *
 * <p>A model is compared with the models it competes with: models that lead (list the task with a
 * good or strong fit) always rank above the rest, so a leading model's missing fact is imputed from
 * the lowest value among the leading models, and any other model's from the lowest among all
 * candidates. Within each group a missing fact stays below every recorded one.
 */
public final class Peers {
  private final Lowest all = new Lowest();
  private final Lowest leading = new Lowest();

  /** Counts a recorded release date: recency is imputed from the oldest. */
  void observeRelease(LocalDate released, boolean leads) {
    all.observeRelease(released);
    if (leads) {
      leading.observeRelease(released);
    }
  }

  /** The oldest release date among the model's peers, or null. */
  LocalDate oldestRelease(boolean leads) {
    return (leads ? leading : all).oldestRelease;
  }

  /** Counts a recorded value of a sub-fact. */
  void observe(String subFact, double value, boolean leads) {
    all.lowest.merge(subFact, value, Math::min);
    if (leads) {
      leading.lowest.merge(subFact, value, Math::min);
    }
  }

  /** What a missing sub-fact counts under the policy, for a model that leads or not. */
  double impute(String subFact, MissingPolicy policy, boolean leads) {
    return switch (policy) {
      case NEUTRAL -> 0.5;
      case PENALIZE -> 0.0;
      case LOWEST_KNOWN -> {
        Double min = (leads ? leading : all).lowest.get(subFact);
        yield min == null
            ? MissingPolicy.NOBODY
            : Math.max(0, Math.min(1, min) - MissingPolicy.PENALTY);
      }
    };
  }

  private static final class Lowest {
    private final Map<String, Double> lowest = new ConcurrentHashMap<>();
    private volatile LocalDate oldestRelease;

    synchronized void observeRelease(LocalDate released) {
      if (oldestRelease == null || released.isBefore(oldestRelease)) {
        oldestRelease = released;
      }
    }
  }
}
