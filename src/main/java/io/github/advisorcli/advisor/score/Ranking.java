package io.github.advisorcli.advisor.score;

import java.util.List;

/**
 * The outcome of ranking.
 *
 * @param request what was asked
 * @param results every candidate that meets the constraints, best first
 * @param excluded candidates left out by constraints, by id
 */
public record Ranking(Request request, List<Result> results, List<Exclusion> excluded) {
  public Ranking {
    results = List.copyOf(results);
    excluded = List.copyOf(excluded);
  }

  public List<Result> top(int n) {
    return results.subList(0, Math.min(n, results.size()));
  }
}
