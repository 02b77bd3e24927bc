package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AtomicWrite;
import io.github.advisorcli.advisor.bom.BillOfMaterials;
import io.github.advisorcli.advisor.bom.CycloneDx;
import io.github.advisorcli.advisor.bom.Obligations;
import io.github.advisorcli.advisor.bom.Spdx;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.check.CheckReport;
import io.github.advisorcli.advisor.check.Checker;
import io.github.advisorcli.advisor.check.Manifest;
import io.github.advisorcli.advisor.check.ManifestLoader;
import io.github.advisorcli.advisor.check.StarterManifest;
import io.github.advisorcli.advisor.render.CheckText;
import io.github.advisorcli.advisor.render.CheckView;
import io.github.advisorcli.advisor.render.GithubAnnotations;
import io.github.advisorcli.advisor.render.JunitReport;
import io.github.advisorcli.advisor.render.NoticeText;
import io.github.advisorcli.advisor.render.Output;
import io.github.advisorcli.advisor.render.OutputFormat;
import io.github.advisorcli.advisor.render.SarifReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code advisor check}: the CI gate for the models a project uses. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true)
public final class CheckCommand implements Callable<Integer> {
  /** The formats {@code check} writes. */
  public enum Format {
    TABLE,
    JSON,
    JUNIT,
    SARIF,
    GITHUB,
    MARKDOWN,
    CYCLONEDX,
    SPDX,
    NOTICE;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Session session;

  @Spec CommandSpec spec;

  @Option(
      names = {"-m", "--manifest"},
      paramLabel = "FILE",
      defaultValue = "advisor.yaml",
      descriptionKey = "option.check.manifest")
  Path manifest;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "table",
      descriptionKey = "option.check.format")
  Format format;

  @Option(names = "--warn-only", descriptionKey = "option.check.warn-only")
  boolean warnOnly;

  @Option(names = "--strict", descriptionKey = "option.check.strict")
  boolean strict;

  @Option(names = "--init", descriptionKey = "option.check.init")
  boolean init;

  @Option(names = "--force", descriptionKey = "option.check.force")
  boolean force;

  CheckCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (init) {
      AtomicWrite.write(
          session.resolve(manifest), StarterManifest.TEXT, force, manifest.toString());
      String next =
          manifest.toString().equals("advisor.yaml")
              ? "advisor check"
              : "advisor check --manifest " + manifest;
      out.println(session.labels().get("check.init.written", manifest, next));
      out.flush();
      return ExitCodes.OK;
    }
    Catalog catalog = session.catalog();
    Manifest m =
        new ManifestLoader(catalog.licenses()).read(session.resolve(manifest), manifest.toString());
    CheckReport report = Checker.check(catalog, m, LocalDate.now(), strict);
    CheckView view = CheckView.of(report);
    switch (format) {
      case JSON -> out.print(Output.json(view));
      case JUNIT -> out.print(JunitReport.render(report));
      case SARIF -> out.print(SarifReport.render(report, VersionProvider.version()));
      case GITHUB -> out.print(GithubAnnotations.render(report));
      case MARKDOWN -> out.print(CheckText.markdown(view, session.labels()));
      case CYCLONEDX -> out.print(Output.json(CycloneDx.document(bill(catalog, report))));
      case SPDX -> out.print(Output.json(Spdx.document(bill(catalog, report))));
      case NOTICE ->
          out.print(NoticeText.markdown(Obligations.of(bill(catalog, report)), session.labels()));
      case TABLE ->
          CheckText.write(
              view,
              session.labels(),
              Terminal.output(session, spec.commandLine(), OutputFormat.TABLE));
    }
    out.flush();
    return report.passed() || warnOnly ? ExitCodes.OK : ExitCodes.VIOLATIONS;
  }

  /** The documents' subject, dated SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
  private BillOfMaterials bill(Catalog catalog, CheckReport report) {
    Instant created =
        BillOfMaterials.created(session.environment().getenv("SOURCE_DATE_EPOCH"), Instant.now());
    return BillOfMaterials.of(report, catalog, created, VersionProvider.version());
  }
}
