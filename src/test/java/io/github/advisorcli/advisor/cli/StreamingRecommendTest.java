package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Synthetic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code recommend} over a catalog read as a stream gives byte for byte what it gives over the same
 * catalog loaded whole.
 */
class StreamingRecommendTest {
  @TempDir static Path dir;
  private static String text;
  private static Path catalog;

  @BeforeAll
  static void generate() {
    text = Synthetic.text(3000, 11, false);
    catalog = Synthetic.write(dir, "synthetic-3000.json", text);
  }

  private static CliRun run(String mode, Path file, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--no-default-catalog", "--catalog", file.toString(), "recommend"));
    all.addAll(List.of(args));
    return CliRun.run(Map.of("ADVISOR_STREAMING", mode), all.toArray(String[]::new));
  }

  private static void assertSameBothWays(Path file, String... args) {
    CliRun loaded = run("never", file, args).assertOk();
    CliRun streamed = run("always", file, args).assertOk();
    assertThat(streamed.out()).isEqualTo(loaded.out());
    assertThat(streamed.err()).isEqualTo(loaded.err());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "classification",
        "chat",
        "embedding",
        "translation",
        "text-generation",
        "ner",
        "fill-mask"
      })
  void jsonIsIdenticalForEveryTask(String task) {
    assertSameBothWays(catalog, "--task", task, "--format", "json", "--top", "40");
  }

  @Test
  void explanationsConstraintsWeightsAndPoliciesAreIdentical() {
    assertSameBothWays(catalog, "--task", "classification", "--explain", "--format", "json");
    assertSameBothWays(
        catalog,
        "--task",
        "chat",
        "--commercial",
        "--max-memory",
        "16GiB",
        "--min-context",
        "8k",
        "--language",
        "zh",
        "--format",
        "json");
    assertSameBothWays(
        catalog,
        "--task",
        "summarization",
        "--profile",
        "research",
        "--use",
        "research",
        "--missing",
        "penalize",
        "--top",
        "200",
        "--format",
        "json");
    assertSameBothWays(
        catalog, "--task", "code", "--rank-criteria", "license,performance", "--format", "csv");
    assertSameBothWays(catalog, "--task", "nli", "--weights", "performance=5", "--top", "1");
    assertSameBothWays(catalog, "--task", "ner", "--max-params", "1k");
  }

  @Test
  void tableOutputIsIdentical() {
    assertSameBothWays(catalog, "--task", "sentiment", "--width", "140");
    assertSameBothWays(catalog, "--task", "sentiment", "--lang", "zh", "--format", "markdown");
  }

  @Test
  void theCatalogDateMayComeAfterTheModelsOrNotAtAll() {
    String head = "\"as_of\":\"2026-01-01\",";
    assertThat(text).contains(head);
    String withoutDate = text.replace(head, "");
    Path after =
        Synthetic.write(
            dir,
            "date-after.json",
            withoutDate.replace("\n]}\n", "\n],\"as_of\":\"2025-06-30\"}\n"));
    Path none = Synthetic.write(dir, "no-date.json", withoutDate);
    for (Path file : List.of(after, none)) {
      assertSameBothWays(file, "--task", "classification", "--format", "json", "--top", "25");
      assertSameBothWays(file, "--task", "chat", "--explain", "--format", "json");
    }
  }

  @Test
  void prettyPrintedJsonAndTrickyStringsAreIdentical() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var tree = mapper.readTree(text);
    int i = 0;
    for (var model : tree.get("models")) {
      if (i++ % 7 == 0) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) model)
            .put("notes", "tricky } ] { [ \" \\ é 中文 \\\" end");
      }
    }
    Path pretty =
        Synthetic.write(
            dir, "pretty.json", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    assertSameBothWays(pretty, "--task", "classification", "--format", "json", "--top", "30");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--robustness=100", "--show-excluded", "--method=topsis"})
  void optionsThatNeedEveryCandidateSaySoInOneLine(String option) {
    CliRun run = run("always", catalog, "--task", "classification", option).assertExit(2);
    String name = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
    if (name.equals("--method")) {
      name = "--method topsis";
    }
    assertThat(run.err())
        .isEqualTo(
            "advisor: "
                + name
                + " needs an in-memory catalog, but "
                + catalog
                + " is read as a stream (ADVISOR_STREAMING=always); set ADVISOR_STREAMING=never"
                + " to load it whole\n");
    assertThat(run.out()).isEmpty();
    run("never", catalog, "--task", "classification", option).assertOk();
  }

  @Test
  void theMessageIsInChineseToo() {
    CliRun run =
        run("always", catalog, "--task", "classification", "--robustness", "10", "--lang", "zh")
            .assertExit(2);
    assertThat(run.err()).contains("--robustness 需要将目录整体载入内存").endsWith("可整体载入\n");
  }

  @Test
  void smallFilesSeveralFilesYamlAndTheBundledCatalogAreLoadedWhole() {
    assertThat(Streaming.THRESHOLD_MIB).isEqualTo(32);
    // Under the threshold, auto loads the file: options that need every candidate work.
    run("auto", catalog, "--task", "classification", "--robustness", "10").assertOk();
    CliRun.run(
            Map.of("ADVISOR_STREAMING", "always"),
            "--catalog",
            catalog.toString(),
            "recommend",
            "--task",
            "classification",
            "--show-excluded")
        .assertOk();
    CliRun.run(
            Map.of("ADVISOR_STREAMING", "always"),
            "--no-default-catalog",
            "--catalog",
            catalog.toString(),
            "--catalog",
            Synthetic.write(dir, "extra.json", Synthetic.text(5, 99, false)).toString(),
            "recommend",
            "--task",
            "classification",
            "--show-excluded")
        .assertOk();
  }

  @Test
  void aBadModeIsAnInputError() {
    CliRun run = run("sometimes", catalog, "--task", "classification").assertExit(2);
    assertThat(run.err())
        .isEqualTo("advisor: ADVISOR_STREAMING must be auto, always or never, not 'sometimes'\n");
  }

  @Test
  void aSharedAliasBlamesTheSameModelLoadedOrStreamed() {
    String model =
        "{\"id\": \"%s\", \"family\": \"x\", \"name\": \"N\", \"organization\": \"Lab\","
            + " \"architecture\": \"encoder\", \"license\": \"MIT\", \"open_weights\": true,"
            + " \"tasks\": [{\"id\": \"classification\", \"fit\": \"good\"}],"
            + " \"aliases\": [\"%s\"]}";
    Path file =
        Synthetic.write(
            dir,
            "shared-alias.json",
            "{\"format\": \"advisor.catalog/v1\", \"models\": [\n  "
                + model.formatted("zed", "shared")
                + ",\n  "
                + model.formatted("ace", "Shared")
                + "\n]}\n");
    String expected =
        "advisor: "
            + file
            + ":3:3: alias 'Shared' of model 'ace' is already the id or an alias of 'zed'\n";
    for (String mode : List.of("never", "always")) {
      CliRun run = run(mode, file, "--task", "classification").assertExit(2);
      assertThat(run.err()).as(mode).isEqualTo(expected);
      assertThat(run.out()).as(mode).isEmpty();
    }
  }
}
