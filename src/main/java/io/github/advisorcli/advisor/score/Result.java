package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.catalog.Model;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One ranked model.
 *
 * @param rank its place, from 1
 * @param model the model
 * @param score its overall score in [0,1]
 * @param criteria its six criterion scores
 * @param leads whether it lists the task with a good or strong fit: such a model always ranks above
 *     one that does not
 */
public record Result(
    int rank, Model model, double score, Map<Criterion, CriterionScore> criteria, boolean leads) {
  public Result {
    criteria = new EnumMap<>(criteria);
  }

  /** The value results are ordered by: the score, and 1 more for a model that leads. */
  public double orderValue() {
    return score + (leads ? 1 : 0);
  }

  /** Share of the facts the criteria look at that the catalog has. */
  public double coverage() {
    int present = 0;
    int total = 0;
    for (CriterionScore s : criteria.values()) {
      present += s.present();
      total += s.total();
    }
    return total == 0 ? 1 : (double) present / total;
  }

  /** The facts the catalog lacks for this model, criterion by criterion. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    criteria.values().forEach(s -> missing.addAll(s.missing()));
    return missing;
  }

  /** A criterion's contribution to the weighted-sum score: its weight share times its score. */
  public double contribution(Criterion c, Weights w) {
    return w.share(c) * criteria.get(c).value();
  }

  Result withRank(int r) {
    return new Result(r, model, score, criteria, leads);
  }
}
