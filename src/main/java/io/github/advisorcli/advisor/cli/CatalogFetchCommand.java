package io.github.advisorcli.advisor.cli;

import picocli.CommandLine.Command;

/** {@code advisor catalog fetch}: a group of commands that download lists and import them. */
@Command(
    addMethodSubcommands = false,
    name = "fetch",
    mixinStandardHelpOptions = true,
    subcommands = {CatalogFetchHfCommand.class})
public final class CatalogFetchCommand {}
