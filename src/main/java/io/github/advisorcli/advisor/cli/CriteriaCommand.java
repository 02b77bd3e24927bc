package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.render.CriteriaView;
import io.github.advisorcli.advisor.render.OutputFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code advisor criteria}: the six criteria, what feeds each, and the weight profiles. */
@Command(
    addMethodSubcommands = false,
    name = "criteria",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class CriteriaCommand implements Callable<Integer> {
  private final GlobalOptions options;
  private final Services services;
  private final TerminalInfo terminal;

  @Spec CommandSpec spec;

  @Mixin OutputFormatMixin output;

  CriteriaCommand(GlobalOptions options, Services services, TerminalInfo terminal) {
    this.options = options;
    this.services = services;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    var labels = options.labels();
    CriteriaView view = CriteriaView.of(services.profiles().all(), labels);
    var out = Terminal.output(terminal, options.labels(), spec.commandLine(), output.format());
    out.render(output.format(), view, view.table(labels));
    if (output.format() == OutputFormat.TABLE) {
      out.writer().println();
      out.paragraph(labels.get("criteria.profiles"));
      out.table(view.profileTable(labels));
      out.writer().println();
      out.paragraph(labels.get("criteria.more"));
      out.writer().flush();
    }
    return ExitCodes.OK;
  }
}
