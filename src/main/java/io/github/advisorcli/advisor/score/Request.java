package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.license.Use;

/**
 * What to rank for.
 *
 * @param task the task
 * @param use the intended use, which decides how licenses are judged
 * @param weights the criterion weights
 * @param method how criterion scores are combined
 * @param missing how missing facts count
 * @param constraints hard limits applied before ranking
 */
public record Request(
    Task task,
    Use use,
    Weights weights,
    Method method,
    MissingPolicy missing,
    Constraints constraints) {
  public static Request of(Task task) {
    return new Request(
        task,
        Use.COMMERCIAL,
        Weights.equal(),
        Method.WEIGHTED_SUM,
        MissingPolicy.NEUTRAL,
        Constraints.NONE);
  }

  public Request withWeights(Weights w) {
    return new Request(task, use, w, method, missing, constraints);
  }

  public Request withConstraints(Constraints c) {
    return new Request(task, use, weights, method, missing, c);
  }

  public Request withMethod(Method m) {
    return new Request(task, use, weights, m, missing, constraints);
  }

  public Request withUse(Use u) {
    return new Request(task, u, weights, method, missing, constraints);
  }

  public Request withMissing(MissingPolicy p) {
    return new Request(task, use, weights, method, p, constraints);
  }
}
