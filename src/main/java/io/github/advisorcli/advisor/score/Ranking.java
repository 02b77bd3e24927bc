package io.github.advisorcli.advisor.score;

import java.util.List;

/**
 * The outcome of ranking.
 *
 * @param request what was asked
 * @param results every candidate that meets the constraints, best first; only the best {@code kept}
 *     of them when the ranking is not complete
 * @param excluded candidates left out by constraints, by id; empty when not complete
 * @param complete whether {@code results} holds every candidate (a top-k ranking of a streamed
 *     catalog holds only the best k, and no exclusions)
 */
public record Ranking(
    Request request, List<Result> results, List<Exclusion> excluded, boolean complete) {
  public Ranking {
    results = List.copyOf(results);
    excluded = List.copyOf(excluded);
  }

  public List<Result> top(int n) {
    return results.subList(0, Math.min(n, results.size()));
  }
}
