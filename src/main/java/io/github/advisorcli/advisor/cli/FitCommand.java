package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Lookup;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.hardware.FitReport;
import io.github.advisorcli.advisor.hardware.Fitting;
import io.github.advisorcli.advisor.hardware.Hardware;
import io.github.advisorcli.advisor.hardware.WeightFormat;
import io.github.advisorcli.advisor.render.FitText;
import io.github.advisorcli.advisor.render.FitView;
import io.github.advisorcli.advisor.render.OutputFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code advisor fit MODEL}: memory at a context, how it fits the hardware, and how fast. */
@Command(
    addMethodSubcommands = false,
    name = "fit",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class FitCommand implements Callable<Integer> {
  private final GlobalOptions options;
  private final Services services;
  private final TerminalInfo terminal;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "MODEL",
      completionCandidates = Candidates.ModelIds.class,
      descriptionKey = "param.fit.model")
  String name;

  @Option(
      names = "--precision",
      paramLabel = "PRECISION",
      defaultValue = "bf16",
      descriptionKey = "option.fit.precision")
  String precision;

  @Mixin HardwareMixin hardware;

  @Mixin OutputFormatMixin output;

  FitCommand(GlobalOptions options, Services services, TerminalInfo terminal) {
    this.options = options;
    this.services = services;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Model m = Lookup.model(services.catalog(), name);
    var labels = options.labels();
    Hardware hw = hardware.resolve(labels, spec.commandLine().getErr());
    FitReport report =
        Fitting.analyze(
            m,
            hardware.context(),
            hardware.batch(),
            WeightFormat.parse(precision),
            hardware.kvPrecision(),
            hw);
    OutputFormat format = output.format();
    var out = Terminal.output(terminal, options.labels(), spec.commandLine(), format);
    if (format == OutputFormat.TABLE) {
      FitText.write(report, labels, out);
    } else {
      out.render(format, FitView.of(report, labels), FitText.table(report, labels));
    }
    return ExitCodes.OK;
  }
}
