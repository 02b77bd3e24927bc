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
    name = "criteria",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class CriteriaCommand implements Callable<Integer> {
  private final Session session;

  @Spec CommandSpec spec;

  @Mixin OutputFormatMixin output;

  CriteriaCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    var labels = session.labels();
    CriteriaView view = CriteriaView.of(session.profiles().all(), labels);
    var out = Terminal.output(session, spec.commandLine(), output.format());
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
