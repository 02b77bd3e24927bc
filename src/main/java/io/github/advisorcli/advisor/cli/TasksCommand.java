package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.render.TasksView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code advisor tasks}: the task vocabulary with English and Chinese synonyms. */
@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class TasksCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Mixin OutputFormatMixin output;

  TasksCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    TasksView view = TasksView.of(session.catalog());
    Terminal.output(session, spec.commandLine(), output.format())
        .render(output.format(), view, view.table(session.labels()));
    return ExitCodes.OK;
  }
}
