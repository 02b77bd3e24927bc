package io.github.advisorcli.advisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options. Its subcommands are added by {@link Cli}. */
@Command(
    addMethodSubcommands = false,
    name = "advisor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    showDefaultValues = true,
    usageHelpAutoWidth = false)
public final class AdvisorCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.catalog")
  List<Path> catalogs = new ArrayList<>();

  @Option(
      names = "--no-default-catalog",
      scope = ScopeType.INHERIT,
      descriptionKey = "option.no-default-catalog")
  boolean noDefaultCatalog;

  @Option(
      names = "--width",
      paramLabel = "COLUMNS",
      converter = OptionValues.Columns.class,
      scope = ScopeType.INHERIT,
      descriptionKey = "option.width")
  Integer width;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      scope = ScopeType.INHERIT,
      defaultValue = "auto",
      descriptionKey = "option.color")
  ColorMode color = ColorMode.AUTO;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = OptionValues.Language.class,
      scope = ScopeType.INHERIT,
      completionCandidates = Candidates.Languages.class,
      descriptionKey = "option.lang")
  String lang;

  @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
  boolean debug;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
