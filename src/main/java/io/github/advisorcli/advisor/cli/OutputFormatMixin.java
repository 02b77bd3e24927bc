package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.render.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code --format}, shared by every listing command. */
@Command(addMethodSubcommands = false)
public final class OutputFormatMixin {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      descriptionKey = "option.format")
  OutputFormat format = OutputFormat.TABLE;

  public OutputFormat format() {
    return format;
  }
}
