package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AtomicWrite;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.CatalogWriter;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.read.CatalogFormat;
import io.github.advisorcli.advisor.render.Sanitize;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code advisor catalog export}: the effective catalog (bundled models unless left out, merged
 * with every {@code --catalog} file) as one catalog file, so that {@code --no-default-catalog
 * --catalog FILE} sees the same models. Licenses and tasks are referenced by id from the bundled
 * registries.
 */
@Command(
    addMethodSubcommands = false,
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false)
public final class CatalogExportCommand implements Callable<Integer> {
  /** The formats a catalog file is written in. */
  enum Format {
    json,
    yaml
  }

  private final Environment environment;
  private final GlobalOptions options;
  private final Services services;

  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      descriptionKey = "option.export.output")
  Path output;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      descriptionKey = "option.export.format")
  Format format;

  @Option(names = "--force", descriptionKey = "option.export.force")
  boolean force;

  CatalogExportCommand(Environment environment, GlobalOptions options, Services services) {
    this.environment = environment;
    this.options = options;
    this.services = services;
  }

  @Override
  public Integer call() {
    CatalogFormat asked =
        format == null ? null : format == Format.yaml ? CatalogFormat.YAML : CatalogFormat.JSON;
    Catalog catalog = services.catalog();
    if (output == null) {
      java.io.PrintWriter out = spec.commandLine().getOut();
      try (CatalogWriter writer =
          new CatalogWriter(out, asked == null ? CatalogFormat.JSON : asked, catalog.asOf())) {
        write(catalog, writer);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.flush();
      return ExitCodes.OK;
    }
    CatalogFormat chosen;
    try {
      chosen = CatalogFormat.forOutput(output.getFileName().toString(), asked);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    AtomicWrite.write(
        environment.resolve(output), out -> write(catalog, chosen, out), force, output.toString());
    spec.commandLine()
        .getErr()
        .println(
            options
                .labels()
                .get(
                    "export.done",
                    Integer.toString(catalog.models().size()),
                    Sanitize.line(output.toString())));
    spec.commandLine().getErr().flush();
    return ExitCodes.OK;
  }

  private static void write(Catalog catalog, CatalogFormat format, OutputStream out)
      throws IOException {
    try (CatalogWriter writer = new CatalogWriter(out, format, catalog.asOf())) {
      write(catalog, writer);
    }
  }

  private static void write(Catalog catalog, CatalogWriter writer) throws IOException {
    for (Model model : catalog.models()) {
      writer.write(model);
    }
    writer.finish();
  }
}
