package io.github.advisorcli.advisor.hub;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.AtomicWrite;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.CatalogWriter;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.read.CatalogFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Imports Hub list files into one catalog file: reads each input as a stream, maps each entry and
 * writes the result straight to the output, which appears atomically at the end and only if
 * something was imported.
 */
public final class HubImport {
  /** How often, in entries read, progress is reported. */
  public static final int PROGRESS_EVERY = 1000;

  /**
   * One input: a file, or any stream of the same JSON.
   *
   * @param name how messages name it
   * @param opener opens it; called once
   */
  public record Input(String name, Opener opener) {
    /** Opens an input's stream. */
    @FunctionalInterface
    public interface Opener {
      InputStream open() throws IOException;
    }

    /** A file, with messages for a missing or unreadable one. */
    public static Input file(Path path, String name) {
      return new Input(name, () -> open(path, name));
    }
  }

  /**
   * Where the catalog goes.
   *
   * @param path the file
   * @param name how messages name it
   * @param overwrite whether an existing file may be replaced
   */
  public record Target(Path path, String name, boolean overwrite) {}

  /** Nothing was written because every entry was skipped; carries the report to show why. */
  public static final class NothingImportedException extends AdvisorException {
    private final transient ImportReport report;

    NothingImportedException(ImportReport report) {
      super(
          "nothing to write: all "
              + report.read()
              + " entries were skipped, so no catalog was written");
      this.report = report;
    }

    public ImportReport report() {
      return report;
    }
  }

  private HubImport() {}

  /**
   * Runs the import.
   *
   * @param progress called every {@value #PROGRESS_EVERY} entries with the number read so far
   * @throws NothingImportedException when every entry was skipped
   */
  public static ImportReport run(
      List<Input> inputs, HubMapper mapper, Target target, String asOf, LongConsumer progress) {
    Tally tally = new Tally();
    Set<String> written = new HashSet<>();
    AtomicWrite.write(
        target.path(),
        stream -> {
          try (CatalogWriter output =
              new CatalogWriter(
                  stream,
                  CatalogFormat.forOutput(target.path().getFileName().toString(), null),
                  asOf)) {
            for (Input input : inputs) {
              try (InputStream in = input.opener().open()) {
                HubReader.read(
                    in,
                    input.name(),
                    entry -> {
                      Outcome outcome = mapper.map(entry);
                      Model model = model(outcome);
                      if (model != null && !written.add(model.id())) {
                        outcome = new Outcome.Skipped(outcome.repoId(), Skip.DUPLICATE, model.id());
                        model = null;
                      }
                      tally.add(outcome);
                      if (model != null) {
                        try {
                          output.write(model);
                        } catch (IOException e) {
                          throw new UncheckedIOException(e);
                        }
                      }
                      if (tally.read() % PROGRESS_EVERY == 0) {
                        progress.accept(tally.read());
                      }
                    });
              } catch (UncheckedIOException e) {
                throw e.getCause();
              }
            }
            if (written.isEmpty()) {
              throw new NothingImportedException(tally.report(asOf));
            }
            output.finish();
          }
        },
        target.overwrite(),
        target.name());
    return tally.report(asOf);
  }

  private static Model model(Outcome outcome) {
    if (outcome instanceof Outcome.Imported i) {
      return i.model();
    }
    if (outcome instanceof Outcome.Merged m) {
      return m.override();
    }
    return null;
  }

  private static InputStream open(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new HubException("is a directory, not a file", SourceLocation.of(name));
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new HubException(
          "is a pipe, socket or device, not a file; give a regular file", SourceLocation.of(name));
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new HubException("no such file", SourceLocation.of(name));
    } catch (AccessDeniedException e) {
      throw new HubException("cannot read the file: permission denied", SourceLocation.of(name));
    } catch (IOException e) {
      throw new HubException(
          "cannot read the file: " + io.github.advisorcli.advisor.AdvisorException.reason(e),
          SourceLocation.of(name));
    }
  }
}
