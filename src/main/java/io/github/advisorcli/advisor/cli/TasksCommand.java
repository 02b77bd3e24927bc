package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.render.TasksView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code advisor tasks}: the task vocabulary with English and Chinese synonyms. */
@Command(
    addMethodSubcommands = false,
    name = "tasks",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class TasksCommand implements Callable<Integer> {
  private final GlobalOptions options;
  private final Services services;
  private final TerminalInfo terminal;

  @Spec CommandSpec spec;

  @Mixin OutputFormatMixin output;

  TasksCommand(GlobalOptions options, Services services, TerminalInfo terminal) {
    this.options = options;
    this.services = services;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    TasksView view = TasksView.of(services.catalog());
    Terminal.output(terminal, options.labels(), spec.commandLine(), output.format())
        .render(output.format(), view, view.table(options.labels()));
    return ExitCodes.OK;
  }
}
