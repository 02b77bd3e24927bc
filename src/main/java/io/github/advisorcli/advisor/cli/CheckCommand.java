package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AtomicWrite;
import io.github.advisorcli.advisor.Reason;
import io.github.advisorcli.advisor.bom.BillOfMaterials;
import io.github.advisorcli.advisor.bom.CycloneDx;
import io.github.advisorcli.advisor.bom.Obligations;
import io.github.advisorcli.advisor.bom.Spdx;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.check.CheckReport;
import io.github.advisorcli.advisor.check.Checker;
import io.github.advisorcli.advisor.check.Finding;
import io.github.advisorcli.advisor.check.Freshness;
import io.github.advisorcli.advisor.check.Manifest;
import io.github.advisorcli.advisor.check.ManifestLoader;
import io.github.advisorcli.advisor.check.Rule;
import io.github.advisorcli.advisor.check.StarterManifest;
import io.github.advisorcli.advisor.hardware.Hardware;
import io.github.advisorcli.advisor.hardware.HardwareFilter;
import io.github.advisorcli.advisor.hardware.WeightFormat;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code advisor check}: the CI gate for the models a project uses. */
@Command(
    addMethodSubcommands = false,
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

  private final Environment environment;
  private final GlobalOptions options;
  private final Services services;
  private final TerminalInfo terminal;

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

  @Option(
      names = "--max-fact-age",
      paramLabel = "AGE",
      converter = FactAge.class,
      descriptionKey = "option.check.max-fact-age")
  Long maxFactAge;

  @Option(names = "--init", descriptionKey = "option.check.init")
  boolean init;

  @Option(names = "--force", descriptionKey = "option.check.force")
  boolean force;

  @Mixin HardwareMixin hardware;

  @Option(
      names = "--precision",
      paramLabel = "PRECISION",
      descriptionKey = "option.check.precision")
  String precision;

  @Option(names = "--allow-offload", descriptionKey = "option.check.allow-offload")
  boolean allowOffload;

  CheckCommand(
      Environment environment, GlobalOptions options, Services services, TerminalInfo terminal) {
    this.environment = environment;
    this.options = options;
    this.services = services;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (init) {
      AtomicWrite.write(
          environment.resolve(manifest), StarterManifest.TEXT, force, manifest.toString());
      String next =
          manifest.toString().equals("advisor.yaml")
              ? "advisor check"
              : "advisor check --manifest " + manifest;
      out.println(options.labels().get("check.init.written", manifest, next));
      out.flush();
      return ExitCodes.OK;
    }
    Catalog catalog = services.catalog();
    Manifest m =
        new ManifestLoader(catalog.licenses())
            .read(environment.resolve(manifest), manifest.toString());
    m = withHardwareOptions(m);
    LocalDate today = LocalDate.now();
    CheckReport report =
        withFreshness(
            catalog, m, Checker.check(catalog, services.profiles(), m, today, strict), today);
    CheckView view = CheckView.of(report);
    switch (format) {
      case JSON -> out.print(Output.json(view));
      case JUNIT -> out.print(JunitReport.render(report));
      case SARIF -> out.print(SarifReport.render(report, VersionProvider.version()));
      case GITHUB -> out.print(GithubAnnotations.render(report));
      case MARKDOWN -> out.print(CheckText.markdown(view, options.labels()));
      case CYCLONEDX -> out.print(Output.json(CycloneDx.document(bill(catalog, report))));
      case SPDX -> out.print(Output.json(Spdx.document(bill(catalog, report))));
      case NOTICE ->
          out.print(NoticeText.markdown(Obligations.of(bill(catalog, report)), options.labels()));
      case TABLE ->
          CheckText.write(
              view,
              options.labels(),
              Terminal.output(terminal, options.labels(), spec.commandLine(), OutputFormat.TABLE));
    }
    out.flush();
    return report.passed() || warnOnly ? ExitCodes.OK : ExitCodes.VIOLATIONS;
  }

  /**
   * The manifest with the hardware options applied: each option given replaces that part of {@code
   * policy.hardware} (or starts one), so {@code --gpu rtx-4090} checks every model against that
   * card at the manifest's context and precision. Without options the manifest is unchanged.
   */
  private Manifest withHardwareOptions(Manifest m) {
    if (!hardware.given() && precision == null && !allowOffload) {
      return m;
    }
    HardwareFilter base = m.policy().hardware();
    Hardware hw = hardware.resolve(options.labels(), spec.commandLine().getErr());
    Long context = hardware.context();
    WeightFormat format;
    try {
      format =
          precision != null
              ? WeightFormat.parse(precision)
              : base != null ? base.precision() : WeightFormat.BF16;
    } catch (io.github.advisorcli.advisor.UnknownNameException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    HardwareFilter filter =
        new HardwareFilter(
            hw != null ? hw : base != null ? base.hardware() : null,
            context != null ? context : base != null ? base.context() : null,
            hardware.batch(),
            format,
            hardware.kvPrecision(),
            allowOffload || (base != null && base.allowOffload()));
    if (filter.hardware() == null) {
      throw new ParameterException(
          spec.commandLine(), options.labels().get("check.hardware_needed"));
    }
    return m.withHardware(filter);
  }

  /** The report with a warning for old facts and a drift hint for a newer generation. */
  private CheckReport withFreshness(
      Catalog catalog, Manifest m, CheckReport report, LocalDate today) {
    List<Finding> warnings = new ArrayList<>(report.warnings());
    for (Freshness.Found f :
        Freshness.of(catalog, m, services.bundle().generations(), maxFactAge, today)) {
      if (f.ageDays() != null) {
        warnings.add(
            new Finding(
                f.use().id(),
                f.use().task(),
                null,
                Reason.of(
                    "fact.stale",
                    f.model().id(),
                    f.dates().oldestFact(),
                    String.valueOf(f.dates().oldest()),
                    String.valueOf(f.ageDays()),
                    String.valueOf(maxFactAge)),
                Reason.of("fact.stale_hint"),
                f.use().where(),
                f.use().location(),
                null));
      }
      if (f.newer() != null) {
        warnings.add(
            new Finding(
                f.use().id(),
                f.use().task(),
                Rule.DRIFT,
                Reason.of(
                    "generation.newer",
                    f.model().id(),
                    f.model().family(),
                    f.newer().family(),
                    String.join(", ", f.newer().models())),
                Reason.of("generation.newer_hint", f.newer().source()),
                f.use().where(),
                f.use().location(),
                null));
      }
    }
    return new CheckReport(
        report.manifest(),
        report.models(),
        report.violations(),
        report.excepted(),
        List.copyOf(warnings));
  }

  /** The documents' subject, dated SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
  private BillOfMaterials bill(Catalog catalog, CheckReport report) {
    Instant created =
        BillOfMaterials.created(environment.getenv("SOURCE_DATE_EPOCH"), Instant.now());
    return BillOfMaterials.of(report, catalog, created, VersionProvider.version());
  }
}
