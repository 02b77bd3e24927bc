package io.github.advisorcli.advisor.cli;

import picocli.CommandLine.Command;

/** {@code advisor catalog import}: a group of commands that turn other lists into catalogs. */
@Command(
    addMethodSubcommands = false,
    name = "import",
    mixinStandardHelpOptions = true,
    subcommands = {CatalogImportHfCommand.class})
public final class CatalogImportCommand {}
