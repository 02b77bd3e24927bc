package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.Reason;
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

  /**
   * The ranking without the results a further rule rejects; they join the excluded with its reason,
   * and the rest are numbered again.
   */
  public Ranking keep(
      java.util.function.Function<
              io.github.advisorcli.advisor.catalog.Model, java.util.Optional<Reason>>
          rule) {
    List<Result> kept = new java.util.ArrayList<>();
    List<Exclusion> out = new java.util.ArrayList<>(excluded);
    for (Result r : results) {
      java.util.Optional<Reason> reason = rule.apply(r.model());
      if (reason.isPresent()) {
        out.add(new Exclusion(r.model(), reason.get()));
      } else {
        kept.add(r.withRank(kept.size() + 1));
      }
    }
    out.sort((a, b) -> a.model().id().compareTo(b.model().id()));
    return new Ranking(request, kept, out, complete);
  }

  /**
   * The result of the model with this catalog id: the one place a ranking is searched by id. Empty
   * when the model was not ranked (not a candidate, excluded, or, in a ranking that is not {@link
   * #complete}, not among the best kept).
   */
  public java.util.Optional<Result> result(String id) {
    for (Result r : results) {
      if (r.model().id().equals(id)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }

  public List<Result> top(int n) {
    return results.subList(0, Math.min(n, results.size()));
  }
}
