package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AtomicWrite;
import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.render.Sanitize;
import io.github.advisorcli.advisor.tools.SyntheticCatalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code advisor catalog generate --synthetic N}: writes a catalog of made-up models, for
 * benchmarks and tests. The same count and seed always give the same bytes.
 */
@Command(
    addMethodSubcommands = false,
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class CatalogGenerateCommand implements Callable<Integer> {
  /** The largest count accepted. */
  static final int MAX_MODELS = 100_000_000;

  private final Environment environment;
  private final GlobalOptions options;
  private final Services services;

  @Spec CommandSpec spec;

  @Option(
      names = "--synthetic",
      paramLabel = "N",
      required = true,
      descriptionKey = "option.generate.synthetic")
  Integer count;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "42",
      descriptionKey = "option.generate.seed")
  long seed;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      descriptionKey = "option.generate.output")
  Path output;

  @Option(names = "--force", descriptionKey = "option.generate.force")
  boolean force;

  CatalogGenerateCommand(Environment environment, GlobalOptions options, Services services) {
    this.environment = environment;
    this.options = options;
    this.services = services;
  }

  @Override
  public Integer call() {
    if (count < 1 || count > MAX_MODELS) {
      throw new ParameterException(
          spec.commandLine(), "--synthetic must be from 1 to " + MAX_MODELS + ", not " + count);
    }
    SyntheticCatalog generator = new SyntheticCatalog(Catalogs.registries(services.bundle()));
    AtomicWrite.checkWritable(environment.resolve(output), force, output.toString());
    io.github.advisorcli.advisor.catalog.read.CatalogFormat format =
        io.github.advisorcli.advisor.catalog.read.CatalogFormat.forOutput(
            output.getFileName().toString(), null);
    AtomicWrite.write(
        environment.resolve(output),
        out -> generator.write(out, count, seed, format),
        force,
        output.toString());
    spec.commandLine()
        .getOut()
        .println(
            options
                .labels()
                .get("generate.done", Integer.toString(count), Sanitize.line(output.toString())));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
