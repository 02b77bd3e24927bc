package io.github.advisorcli.advisor.cli;

import picocli.CommandLine.Command;

/** {@code advisor catalog}: a group of commands over catalog files. */
@Command(
    addMethodSubcommands = false,
    name = "catalog",
    mixinStandardHelpOptions = true,
    subcommands = {
      CatalogValidateCommand.class,
      CatalogImportCommand.class,
      CatalogFetchCommand.class,
      CatalogGenerateCommand.class,
      CatalogExportCommand.class
    })
public final class CatalogCommand {}
