package io.github.advisorcli.advisor.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options of every command that writes an imported catalog. */
@Command(addMethodSubcommands = false)
final class HubOutputMixin {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "CATALOG",
      required = true,
      descriptionKey = "option.hub.output")
  Path output;

  @Option(names = "--force", descriptionKey = "option.hub.force")
  boolean force;

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "option.hub.as-of")
  LocalDate asOf;
}
