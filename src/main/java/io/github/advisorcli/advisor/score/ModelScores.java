package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.MainTasks;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskFit;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's standing for each of its tasks: its rank among all candidates and its criterion scores.
 */
public final class ModelScores {
  /**
   * The model's result for one task.
   *
   * @param task the task
   * @param result its result (rank, score, criteria)
   * @param candidates how many models were ranked for the task
   */
  public record ForTask(Task task, Result result, int candidates) {}

  private ModelScores() {}

  /**
   * Scores for the model's strong tasks (or all its tasks when none is strong), under default
   * settings.
   */
  public static List<ForTask> of(Catalog catalog, Model model) {
    List<TaskFit> fits = MainTasks.of(model);
    List<ForTask> out = new ArrayList<>();
    for (TaskFit fit : fits) {
      Task task = catalog.tasks().find(fit.id()).orElseThrow();
      Ranking ranking = Ranker.complete(catalog, Request.of(task));
      ranking
          .result(model.id())
          .ifPresent(r -> out.add(new ForTask(task, r, ranking.results().size())));
    }
    return out;
  }
}
