package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Validation;
import io.github.advisorcli.advisor.render.Sanitize;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code advisor catalog validate [FILE...]}: checks catalog files strictly. Each file is read on
 * its own and merged over the bundled catalog (unless left out), so overrides and alias clashes are
 * checked too. With no files it checks the catalog this run would use.
 */
@Command(addMethodSubcommands = false, name = "validate", mixinStandardHelpOptions = true)
public final class CatalogValidateCommand implements Callable<Integer> {
  private final Environment environment;
  private final GlobalOptions options;
  private final Services services;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "param.validate.files")
  List<Path> files = List.of();

  CatalogValidateCommand(Environment environment, GlobalOptions options, Services services) {
    this.environment = environment;
    this.options = options;
    this.services = services;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (files.isEmpty()) {
      Catalog catalog = services.catalog();
      out.printf(
          "ok: %d models, %d licenses, %d tasks%n",
          catalog.size(), catalog.licenses().all().size(), catalog.tasks().all().size());
      return ExitCodes.OK;
    }
    int failures = 0;
    for (Path file : files) {
      try {
        Validation.Result result =
            Validation.validate(
                services.bundle(),
                options.catalogFiles(),
                !options.noDefaultCatalog(),
                environment.resolve(file),
                file.toString());
        out.printf(
            "ok: %s: %d model%s%n",
            Sanitize.line(file.toString()), result.models(), result.models() == 1 ? "" : "s");
      } catch (AdvisorException e) {
        failures++;
        err.println(
            spec.commandLine()
                .getColorScheme()
                .errorText("advisor: " + Sanitize.message(e.userMessage())));
      }
    }
    err.flush();
    return failures == 0 ? ExitCodes.OK : ExitCodes.INPUT;
  }
}
