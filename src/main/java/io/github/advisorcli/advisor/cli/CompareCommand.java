package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Lookup;
import io.github.advisorcli.advisor.catalog.MainTasks;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskFit;
import io.github.advisorcli.advisor.license.Use;
import io.github.advisorcli.advisor.render.CompareView;
import io.github.advisorcli.advisor.score.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advisor compare A B [C...]}: models side by side, the better value per row marked. */
@Command(
    addMethodSubcommands = false,
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class CompareCommand implements Callable<Integer> {
  private final GlobalOptions options;
  private final Services services;
  private final TerminalInfo terminal;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "MODEL",
      completionCandidates = Candidates.ModelIds.class,
      arity = "2..*",
      descriptionKey = "param.compare.models")
  List<String> names = new ArrayList<>();

  @Option(
      names = {"-t", "--task"},
      completionCandidates = Candidates.TaskNames.class,
      paramLabel = "TASK",
      descriptionKey = "option.compare.task")
  String task;

  @Option(
      names = "--use",
      paramLabel = "USE",
      defaultValue = "commercial",
      descriptionKey = "option.use")
  Use use;

  @Mixin OutputFormatMixin output;

  CompareCommand(GlobalOptions options, Services services, TerminalInfo terminal) {
    this.options = options;
    this.services = services;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Catalog catalog = services.catalog();
    List<Model> models = new ArrayList<>();
    for (String name : names) {
      Model m = Lookup.model(catalog, name);
      if (models.contains(m)) {
        throw new ParameterException(
            spec.commandLine(), "'" + name + "' names " + m.id() + " twice");
      }
      models.add(m);
    }
    Task t =
        task == null ? defaultTask(catalog, models.get(0)) : ListCommand.resolveTask(catalog, task);
    CompareView view =
        CompareView.of(
            t.id(),
            use.toString(),
            models.stream().map(Model::id).toList(),
            Comparison.compare(catalog, models, t, use));
    var out = Terminal.output(terminal, options.labels(), spec.commandLine(), output.format());
    if (output.format() == io.github.advisorcli.advisor.render.OutputFormat.TABLE) {
      var labels = options.labels();
      out.paragraph(labels.get("compare.heading", labels.taskName(t), use.toString()));
    }
    out.render(output.format(), view, view.table(options.labels()));
    return ExitCodes.OK;
  }

  /** The first model's primary task. */
  private static Task defaultTask(Catalog catalog, Model m) {
    TaskFit fit = MainTasks.primary(m).orElseThrow();
    return catalog.tasks().find(fit.id()).orElseThrow();
  }
}
