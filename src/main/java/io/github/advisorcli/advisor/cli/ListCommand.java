package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Capability;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.render.ListView;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code advisor list}: the catalog's models, filtered. */
@Command(
    addMethodSubcommands = false,
    name = "list",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class ListCommand implements Callable<Integer> {
  private final GlobalOptions options;
  private final Services services;
  private final TerminalInfo terminal;

  @Spec CommandSpec spec;

  @Mixin OutputFormatMixin output;

  @Option(
      names = "--task",
      paramLabel = "TASK",
      completionCandidates = Candidates.TaskNames.class,
      descriptionKey = "option.list.task")
  String task;

  @Option(
      names = "--family",
      paramLabel = "FAMILY",
      completionCandidates = Candidates.Families.class,
      descriptionKey = "option.list.family")
  String family;

  @Option(
      names = "--license",
      paramLabel = "LICENSE",
      completionCandidates = Candidates.LicenseIds.class,
      descriptionKey = "option.list.license")
  String license;

  @Option(
      names = "--capability",
      paramLabel = "CAPABILITY",
      converter = CapabilityConverter.class,
      completionCandidates = CapabilityConverter.Candidates.class,
      showDefaultValue = picocli.CommandLine.Help.Visibility.NEVER,
      descriptionKey = "option.list.capability")
  List<Capability> capabilities = new java.util.ArrayList<>();

  ListCommand(GlobalOptions options, Services services, TerminalInfo terminal) {
    this.options = options;
    this.services = services;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Catalog catalog = services.catalog();
    String taskId = task == null ? null : resolveTask(catalog, task).id();
    String licenseId = license == null ? null : catalog.licenses().normalize(license);
    List<Model> models =
        catalog.models().stream()
            .filter(m -> taskId == null || m.fitFor(taskId) != null)
            .filter(m -> family == null || m.family().equalsIgnoreCase(family))
            .filter(
                m ->
                    licenseId == null
                        || catalog.licenses().licensesIn(m.license()).stream()
                            .anyMatch(l -> l.id().equals(licenseId)))
            .toList();
    if (!capabilities.isEmpty()) {
      List<Model> kept = new java.util.ArrayList<>();
      int unknown = 0;
      for (Model m : models) {
        List<Boolean> has = capabilities.stream().map(c -> c.of(m)).toList();
        if (has.stream().allMatch(Boolean.TRUE::equals)) {
          kept.add(m);
        } else if (has.stream().noneMatch(Boolean.FALSE::equals)) {
          unknown++;
        }
      }
      models = kept;
      if (unknown > 0) {
        // Left out because the catalog does not state the capability, not because it lacks it.
        spec.commandLine()
            .getErr()
            .println(
                options
                    .labels()
                    .get(
                        "list.capability_unknown",
                        unknown,
                        String.join(", ", capabilities.stream().map(Capability::id).toList())));
        spec.commandLine().getErr().flush();
      }
    }
    ListView view = ListView.of(models);
    Terminal.output(terminal, options.labels(), spec.commandLine(), output.format())
        .render(output.format(), view, view.table(options.labels()));
    return ExitCodes.OK;
  }

  static Task resolveTask(Catalog catalog, String name) {
    return catalog.tasks().require(name);
  }
}
