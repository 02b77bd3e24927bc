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

  /**
   * The ranking without the results a further rule rejects; they join the excluded with its reason,
   * and the rest are numbered again.
   */
  public Ranking keep(
      java.util.function.Function<
              io.github.advisorcli.advisor.catalog.Model, java.util.Optional<String>>
          rule) {
    List<Result> kept = new java.util.ArrayList<>();
    List<Exclusion> out = new java.util.ArrayList<>(excluded);
    for (Result r : results) {
      java.util.Optional<String> reason = rule.apply(r.model());
      if (reason.isPresent()) {
        out.add(new Exclusion(r.model(), reason.get()));
      } else {
        kept.add(new Result(kept.size() + 1, r.model(), r.score(), r.criteria()));
      }
    }
    out.sort(java.util.Comparator.comparing(e -> e.model().id()));
    return new Ranking(request, kept, out);
  }

  public List<Result> top(int n) {
    return results.subList(0, Math.min(n, results.size()));
  }
}
