package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import io.github.advisorcli.advisor.render.Csv;
import io.github.advisorcli.advisor.render.Labels;
import io.github.advisorcli.advisor.render.ListView;
import io.github.advisorcli.advisor.render.Markdown;
import io.github.advisorcli.advisor.render.ModelCardText;
import io.github.advisorcli.advisor.render.ModelCardView;
import io.github.advisorcli.advisor.render.ModelView;
import io.github.advisorcli.advisor.render.Output;
import io.github.advisorcli.advisor.render.Styles;
import io.github.advisorcli.advisor.render.TableRenderer;
import io.github.advisorcli.advisor.render.TableSpec;
import io.github.advisorcli.advisor.testing.Catalogs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fuzz targets for the catalog loader: any bytes, read as a YAML or JSON catalog file and merged
 * over the bundled catalog, must either load (and then print in every format) or fail with an
 * {@link AdvisorException} (a message for the user). Anything else (a NullPointerException, an
 * IllegalArgumentException, a StackOverflowError, running out of memory) is a crash.
 *
 * <p>{@code mvn verify} runs them on the seeds in {@code CatalogLoaderFuzzTestInputs/} only; {@code
 * docs/fuzzing.md} tells how to fuzz.
 */
class CatalogLoaderFuzzTest {
  private static final Path DIR = temporaryFolder();
  private static final Bundle BUNDLE = Catalogs.bundle();
  private static final Registries REGISTRIES =
      io.github.advisorcli.advisor.catalog.Catalogs.registries(BUNDLE);
  private static final CatalogFile BUNDLED =
      io.github.advisorcli.advisor.catalog.Catalogs.bundledFile(BUNDLE);
  private static final CatalogLoader LOADER =
      new CatalogLoader(REGISTRIES.licenses(), REGISTRIES.tasks());
  private static final Labels LABELS = new Labels(Locale.ROOT);
  private static final Styles STYLES = new Styles(false);

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({
    "format: advisor.catalog/v1",
    "models:",
    "  - ",
    "id: ",
    "family: ",
    "name: ",
    "organization: ",
    "architecture: encoder",
    "license: ",
    "Apache-2.0 OR MIT",
    "open_weights: true",
    "aliases: [",
    "tasks: [{id: classification, fit: strong}]",
    "benchmarks: [{name: GLUE, value: 1.5, split: test}]",
    "parameters: 110000000",
    "as_of: 2026-01-01",
    "provenance: {license: {source: \"https://x\", as_of: 2026-01-01}}",
    "docs: {model_card: complete, frameworks: [onnx]}",
    "community: {hf_downloads: 1}",
    "customization: {fine_tuning: [lora]}",
    "&a",
    "*a",
    "!!str",
    "---",
    "? ",
    "|-",
    "\\e",
    "\\x9b"
  })
  void yamlCatalog(byte[] input) {
    load(input, "fuzz.yaml");
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({
    "{\"format\": \"advisor.catalog/v1\", \"models\": [",
    "{\"id\": \"",
    "\"family\": ",
    "\"name\": ",
    "\"organization\": ",
    "\"architecture\": \"encoder\"",
    "\"license\": \"MIT\"",
    "\"open_weights\": true",
    "\"aliases\": [",
    "\"tasks\": [{\"id\": \"ner\", \"fit\": \"good\"}]",
    "\"benchmarks\": [{\"name\": \"GLUE\", \"value\": 1e3}]",
    "\"parameters\": ",
    "\"hf_repo\": ",
    "NaN",
    "\\u0000",
    "\\ud800"
  })
  void jsonCatalog(byte[] input) {
    load(input, "fuzz.json");
  }

  private static void load(byte[] input, String name) {
    Path file = DIR.resolve(name);
    try {
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Catalog catalog;
    List<Model> models;
    try {
      CatalogFile parsed = LOADER.read(file, name);
      catalog = Catalog.merge(List.of(BUNDLED, parsed), REGISTRIES);
      models =
          parsed.entries().stream().map(e -> catalog.find(e.model().id()).orElseThrow()).toList();
    } catch (AdvisorException e) {
      assertThat(e.userMessage()).startsWith(name);
      return;
    }
    // What loaded must also print: as a table, CSV, Markdown, JSON and a model card.
    TableSpec<ModelView> table = ListView.of(models).table(LABELS);
    new TableRenderer(60, STYLES).render(table);
    Csv.render(table);
    Markdown.render(table);
    Output.json(ListView.of(models));
    Output out = new Output(new PrintWriter(new StringWriter()), 60, STYLES);
    Model first = models.get(0);
    ModelCardText.write(first, ModelCardView.of(catalog, first), LABELS, out);
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
