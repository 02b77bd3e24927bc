package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import io.github.advisorcli.advisor.hub.HubImport;
import io.github.advisorcli.advisor.hub.HubMapper;
import io.github.advisorcli.advisor.hub.ImportReport;
import io.github.advisorcli.advisor.render.HubImportText;
import io.github.advisorcli.advisor.render.Labels;
import io.github.advisorcli.advisor.render.Sanitize;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code catalog import hf} and {@code catalog fetch hf} share: mapping against the bundled
 * catalog, progress on an interactive stderr, and the summary.
 */
final class HubImportRun {
  private HubImportRun() {}

  static HubImport.Target target(Environment environment, HubOutputMixin options) {
    Path path = environment.resolve(options.output);
    return new HubImport.Target(path, options.output.toString(), options.force);
  }

  /** Imports the inputs into the target and prints the summary to {@code err}. */
  static ImportReport run(
      Environment environment,
      Services services,
      Labels labels,
      List<HubImport.Input> inputs,
      HubImport.Target target,
      String asOf,
      PrintWriter err) {
    Bundle bundle = services.bundle();
    Registries registries = Catalogs.registries(bundle);
    HubMapper mapper =
        new HubMapper(
            registries.licenses(), registries.tasks(), Catalogs.load(bundle, Map.of(), true), asOf);
    Progress progress = new Progress(environment.interactive(), labels, err);
    ImportReport report;
    try {
      report = HubImport.run(inputs, mapper, target, asOf, progress::show);
    } catch (HubImport.NothingImportedException e) {
      progress.clear();
      HubImportText.write(e.report(), labels, err);
      throw e;
    }
    progress.clear();
    HubImportText.write(report, labels, err);
    err.println(
        labels.get(
            "hub.written",
            Sanitize.line(target.name()),
            report.imported() + report.merged(),
            asOf));
    err.flush();
    return report;
  }

  /** A one-line counter, redrawn in place; only on a terminal. */
  private static final class Progress {
    private final boolean enabled;
    private final Labels labels;
    private final PrintWriter err;
    private int shown;

    Progress(boolean enabled, Labels labels, PrintWriter err) {
      this.enabled = enabled;
      this.labels = labels;
      this.err = err;
    }

    void show(long read) {
      if (enabled) {
        String line = labels.get("hub.progress", read);
        err.print("\r" + line);
        err.flush();
        shown = line.length();
      }
    }

    void clear() {
      if (shown > 0) {
        err.print("\r" + " ".repeat(shown) + "\r");
        err.flush();
        shown = 0;
      }
    }
  }
}
