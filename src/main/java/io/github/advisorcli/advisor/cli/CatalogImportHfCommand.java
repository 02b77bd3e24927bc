package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AtomicWrite;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.hub.HubException;
import io.github.advisorcli.advisor.hub.HubImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code advisor catalog import hf FILE --output CATALOG}: turns a saved answer of the Hub's {@code
 * /api/models} into a catalog file. The facts are dated {@code --as-of}, else the file's
 * last-modified date (UTC).
 */
@Command(
    addMethodSubcommands = false,
    name = "hf",
    mixinStandardHelpOptions = true,
    sortOptions = false)
public final class CatalogImportHfCommand implements Callable<Integer> {
  private final Environment environment;
  private final GlobalOptions options;
  private final Services services;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", descriptionKey = "param.import.file")
  Path file;

  @Mixin HubOutputMixin output;

  CatalogImportHfCommand(Environment environment, GlobalOptions options, Services services) {
    this.environment = environment;
    this.options = options;
    this.services = services;
  }

  @Override
  public Integer call() {
    Path in = environment.resolve(file);
    HubImport.Target target = HubImportRun.target(environment, output);
    AtomicWrite.checkWritable(target.path(), target.overwrite(), target.name());
    String asOf = output.asOf != null ? output.asOf.toString() : lastModified(in);
    HubImportRun.run(
        environment,
        services,
        options.labels(),
        List.of(HubImport.Input.file(in, file.toString())),
        target,
        asOf,
        spec.commandLine().getErr());
    return ExitCodes.OK;
  }

  private String lastModified(Path in) {
    try {
      return Files.getLastModifiedTime(in)
          .toInstant()
          .atZone(ZoneOffset.UTC)
          .toLocalDate()
          .toString();
    } catch (NoSuchFileException e) {
      throw new HubException("no such file", SourceLocation.of(file.toString()));
    } catch (IOException e) {
      throw new HubException(
          "cannot read the file: " + io.github.advisorcli.advisor.AdvisorException.reason(e),
          SourceLocation.of(file.toString()));
    }
  }
}
