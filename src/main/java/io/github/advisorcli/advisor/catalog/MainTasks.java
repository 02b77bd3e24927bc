package io.github.advisorcli.advisor.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The one rule for which tasks a model is mainly for: the tasks it lists with a strong fit, in the
 * catalog's order, or every task it lists when none is strong. Its primary task is the first of
 * them. {@code show}, {@code compare} and {@code check} (a manifest entry without a task) all ask
 * here.
 */
public final class MainTasks {
  private MainTasks() {}

  /** The tasks the model is mainly for; empty when it lists none. */
  public static List<TaskFit> of(Model model) {
    List<TaskFit> strong = model.tasks().stream().filter(t -> t.fit() == Fit.STRONG).toList();
    return strong.isEmpty() ? model.tasks() : strong;
  }

  /** The model's primary task: its first strong task, else its first task; empty when none. */
  public static Optional<TaskFit> primary(Model model) {
    List<TaskFit> main = of(model);
    return main.isEmpty() ? Optional.empty() : Optional.of(main.get(0));
  }
}
