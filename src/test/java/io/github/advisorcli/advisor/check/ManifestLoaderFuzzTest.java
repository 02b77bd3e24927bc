package io.github.advisorcli.advisor.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.render.CheckText;
import io.github.advisorcli.advisor.render.CheckView;
import io.github.advisorcli.advisor.render.GithubAnnotations;
import io.github.advisorcli.advisor.render.JunitReport;
import io.github.advisorcli.advisor.render.Labels;
import io.github.advisorcli.advisor.render.Output;
import io.github.advisorcli.advisor.render.SarifReport;
import io.github.advisorcli.advisor.render.Styles;
import io.github.advisorcli.advisor.testing.Catalogs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Fuzz targets for the manifest loader: any bytes, read as {@code advisor.yaml} (or a JSON
 * manifest), checked against the bundled catalog and written in every report format, must either
 * work or fail with an {@link AdvisorException}. Anything else is a crash.
 *
 * <p>{@code mvn verify} runs them on the seeds in {@code ManifestLoaderFuzzTestInputs/} only;
 * {@code docs/fuzzing.md} tells how to fuzz.
 */
class ManifestLoaderFuzzTest {
  private static final Path DIR = temporaryFolder();
  private static Catalog catalog;
  private static final Labels LABELS = new Labels(Locale.ROOT);
  private static final Styles STYLES = new Styles(false);

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({
    "policy:",
    "use: commercial",
    "allow_categories: [permissive]",
    "allow_licenses: [MIT]",
    "deny_licenses: [CC-BY-NC-4.0]",
    "require_open_weights: true",
    "min_score: 0.5",
    "max_parameters: 2B",
    "drift_margin: 0.1",
    "profile: balanced",
    "models:",
    "  - ",
    "{id: bert-base-uncased, task: classification, where: x}",
    "{id: opt-1.3b, task: text-generation}",
    "exceptions:",
    "{model: opt-1.3b, rule: license, reason: r, approved_by: a, expires: 2099-12-31}",
    "&a",
    "*a",
    "!!str",
    "\\e"
  })
  void yamlManifest(byte[] input) {
    check(input, "advisor.yaml");
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({
    "{\"policy\": {",
    "\"use\": \"research\"",
    "\"max_parameters\": ",
    "\"min_score\": ",
    "\"models\": [{\"id\": \"bert-base-uncased\", \"task\": \"classification\"}]",
    "\"exceptions\": [{\"model\": \"opt-1.3b\", \"rule\": \"license\", \"reason\": \"r\"}]",
    "1e999",
    "NaN"
  })
  void jsonManifest(byte[] input) {
    check(input, "advisor.json");
  }

  private static void check(byte[] input, String name) {
    Path file = DIR.resolve(name);
    try {
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Catalog catalog = catalog();
      Manifest manifest = new ManifestLoader(catalog.licenses()).read(file, name);
      CheckReport report = Checker.check(catalog, manifest, LocalDate.of(2026, 11, 28), false);
      CheckView view = CheckView.of(report);
      Output.json(view);
      JunitReport.render(report);
      SarifReport.render(report, "fuzz");
      GithubAnnotations.render(report);
      CheckText.markdown(view, LABELS);
      CheckText.write(view, LABELS, new Output(new PrintWriter(new StringWriter()), 80, STYLES));
    } catch (AdvisorException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  private static synchronized Catalog catalog() {
    if (catalog == null) {
      catalog = Catalogs.bundled();
    }
    return catalog;
  }

  private static Path temporaryFolder() {
    try {
      Path dir = Files.createTempDirectory("advisor-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
