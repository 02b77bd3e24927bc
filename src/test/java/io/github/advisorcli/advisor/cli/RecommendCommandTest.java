package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecommendCommandTest {
  private static final String MINI = "src/test/resources/catalog/mini.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliRun mini(String... args) {
    List<String> all =
        new ArrayList<>(List.of("--no-default-catalog", "--catalog", MINI, "recommend"));
    all.addAll(List.of(args));
    return CliRun.run(all.toArray(String[]::new));
  }

  private static JsonNode json(CliRun run) throws Exception {
    run.assertOk();
    return JSON.readTree(run.out());
  }

  @Test
  void quickStartRanksAtLeastFiveModelsWithEncodersOnTop() throws Exception {
    CliRun table = CliRun.run("recommend", "--task", "classification").assertOk();
    assertThat(table.out().lines().filter(l -> l.matches("\\s*\\d+\\s+\\S+.*")).count())
        .isGreaterThanOrEqualTo(5);
    JsonNode results =
        json(CliRun.run("recommend", "--task", "classification", "--format", "json"))
            .get("results");
    assertThat(results.size()).isGreaterThanOrEqualTo(5);
    JsonNode models = JSON.readTree(CliRun.run("list", "--format", "json").out()).get("models");
    String firstId = results.get(0).get("id").asText();
    assertThat(ListCommandTest.find(models, firstId).get("architecture").asText())
        .isEqualTo("encoder");
    int encodersInTop5 = 0;
    for (int i = 0; i < 5; i++) {
      String id = results.get(i).get("id").asText();
      if (ListCommandTest.find(models, id).get("architecture").asText().equals("encoder")) {
        encodersInTop5++;
      }
    }
    assertThat(encodersInTop5).isGreaterThanOrEqualTo(3);
  }

  @Test
  void jsonContract() throws Exception {
    JsonNode root = json(mini("--task", "classification", "--format", "json"));
    List<String> top = new ArrayList<>();
    root.fieldNames().forEachRemaining(top::add);
    assertThat(top)
        .containsExactly(
            "schema", "task", "use", "method", "profile", "missing_policy", "weights", "results");
    assertThat(root.get("schema").asText()).isEqualTo("advisor.recommendation/v1");
    assertThat(root.get("task").asText()).isEqualTo("classification");
    assertThat(root.get("use").asText()).isEqualTo("commercial");
    assertThat(root.get("method").asText()).isEqualTo("weighted-sum");
    assertThat(root.get("profile").asText()).isEqualTo("balanced");
    List<String> weightKeys = new ArrayList<>();
    root.get("weights").fieldNames().forEachRemaining(weightKeys::add);
    assertThat(weightKeys)
        .containsExactly(
            "task_fit", "performance", "docs", "community", "customizability", "license");
    JsonNode first = root.get("results").get(0);
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "rank",
            "id",
            "name",
            "license",
            "score",
            "criteria",
            "coverage",
            "missing",
            "parameters");
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    List<String> criteria = new ArrayList<>();
    first.get("criteria").fieldNames().forEachRemaining(criteria::add);
    assertThat(criteria).isEqualTo(weightKeys);
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "csv", "markdown", "yaml"})
  void goldenOutputPerFormat(String format) {
    CliRun run = mini("--task", "classification", "--format", format).assertOk();
    String ext = format.equals("table") ? "txt" : format.equals("markdown") ? "md" : format;
    Golden.assertMatches(run.out(), "recommend/mini-classification." + ext);
  }

  @Test
  void goldenExplainExcludedAndRobustness() {
    CliRun run =
        mini(
                "--task",
                "classification",
                "--explain",
                "--commercial",
                "--show-excluded",
                "--robustness",
                "200",
                "--seed",
                "7")
            .assertOk();
    Golden.assertMatches(run.out(), "recommend/mini-explain.txt");
  }

  @Test
  void identicalInputsGiveIdenticalBytes() {
    String a =
        CliRun.run(
                "recommend", "--task", "text-generation", "--robustness", "300", "--format", "json")
            .out();
    String b =
        CliRun.run(
                "recommend", "--task", "text-generation", "--robustness", "300", "--format", "json")
            .out();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void commercialNeverReturnsANonCommercialLicense() throws Exception {
    JsonNode licenses =
        JSON.readTree(CliRun.run("licenses", "--format", "json").out()).get("licenses");
    for (String task :
        List.of("classification", "translation", "text-generation", "chat", "embedding")) {
      JsonNode results =
          json(CliRun.run(
                  "recommend", "--task", task, "--commercial", "--top", "200", "--format", "json"))
              .get("results");
      for (JsonNode r : results) {
        for (String id : r.get("license").asText().split(" (OR|AND) ")) {
          JsonNode license = ListCommandTest.find(licenses, id.replace("(", "").replace(")", ""));
          assertThat(license.get("commercial_use").asBoolean())
              .as("%s under %s for %s", r.get("id").asText(), id, task)
              .isTrue();
        }
      }
    }
  }

  @Test
  void chineseTaskNames() throws Exception {
    assertThat(json(mini("--task", "文本分类", "--format", "json")).get("task").asText())
        .isEqualTo("classification");
  }

  @Test
  void unknownTaskExitsTwoWithSuggestion() {
    CliRun run = mini("--task", "sumarization").assertExit(2);
    assertThat(run.err())
        .isEqualTo("advisor: unknown task 'sumarization' — did you mean: summarization?\n");
  }

  @Test
  void weightErrorsAreUsageErrors() {
    assertThat(mini("--task", "ner", "-w", "perfomance=2").assertExit(2).err())
        .contains("unknown criterion 'perfomance' — did you mean: performance?")
        .contains("See 'advisor recommend --help'.");
    assertThat(mini("--task", "ner", "-w", "license=-1").assertExit(2).err())
        .contains("the weight of license must not be negative");
    assertThat(mini("--task", "ner", "-w", "license=NaN").assertExit(2).err())
        .contains("the weight of license must be a finite number");
    assertThat(
            mini(
                    "--task",
                    "ner",
                    "--weights",
                    "task_fit=0,performance=0,docs=0,community=0,customizability=0,license=0")
                .assertExit(2)
                .err())
        .contains("at least one weight must be greater than zero");
    assertThat(mini("--task", "ner", "--profile", "prodution").assertExit(2).err())
        .contains("unknown profile 'prodution' — did you mean: production?");
  }

  @Test
  void weightsOverrideTheProfile() throws Exception {
    JsonNode w =
        json(mini(
                "--task",
                "ner",
                "--profile",
                "production",
                "--weights",
                "task_fit=5,perf=1",
                "--format",
                "json"))
            .get("weights");
    assertThat(w.get("task_fit").asDouble()).isEqualTo(5.0);
    assertThat(w.get("performance").asDouble()).isEqualTo(1.0);
    assertThat(w.get("license").asDouble()).isEqualTo(3.0);
  }

  @Test
  void rankOrderCentroidWeights() throws Exception {
    JsonNode root =
        json(mini("--task", "ner", "--rank-criteria", "license,task_fit", "--format", "json"));
    assertThat(root.get("weights").get("license").asDouble()).isEqualTo(0.75);
    assertThat(root.get("weights").get("task_fit").asDouble()).isEqualTo(0.25);
    assertThat(root.get("weights").get("docs").asDouble()).isEqualTo(0.0);
    assertThat(root.get("profile").isNull()).isTrue();
  }

  @Test
  void constraintsExcludeAndExplainWhy() throws Exception {
    JsonNode root =
        json(
            mini(
                "--task",
                "classification",
                "--max-params",
                "1B",
                "--show-excluded",
                "--format",
                "json"));
    assertThat(root.get("results").findValuesAsText("id")).doesNotContain("dec-7b");
    JsonNode excluded = root.get("excluded");
    assertThat(excluded.get(0).get("id").asText()).isEqualTo("dec-7b");
    assertThat(excluded.get(0).get("reason").asText()).isEqualTo("7B parameters exceed 1B");
    JsonNode memory =
        json(
            mini(
                "--task",
                "classification",
                "--max-memory",
                "4GiB",
                "--precision",
                "int4",
                "--format",
                "json"));
    assertThat(memory.get("results").findValuesAsText("id")).contains("dec-7b");
    JsonNode memory16 =
        json(mini("--task", "classification", "--max-memory", "4GiB", "--format", "json"));
    assertThat(memory16.get("results").findValuesAsText("id")).doesNotContain("dec-7b");
    JsonNode zh = json(mini("--task", "classification", "--language", "zh", "--format", "json"));
    assertThat(zh.get("results").findValuesAsText("id")).containsExactly("dec-7b");
    JsonNode ctx =
        json(mini("--task", "classification", "--min-context", "8k", "--format", "json"));
    assertThat(ctx.get("results").findValuesAsText("id")).containsExactly("dec-7b");
  }

  @Test
  void topsisIsAvailable() throws Exception {
    JsonNode root =
        json(mini("--task", "classification", "--method", "topsis", "--format", "json"));
    assertThat(root.get("method").asText()).isEqualTo("topsis");
    for (JsonNode r : root.get("results")) {
      assertThat(r.get("score").asDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void exclusionReasonsSpeakTheInterfaceLanguageAndJsonStaysEnglish() throws Exception {
    CliRun zh =
        CliRun.run(
                "--lang",
                "zh",
                "--no-default-catalog",
                "--catalog",
                MINI,
                "recommend",
                "--task",
                "classification",
                "--max-params",
                "100M",
                "--show-excluded")
            .assertOk();
    assertThat(zh.out()).contains("参数量 350M 超过 100M").doesNotContain("parameters exceed");
    JsonNode json =
        json(
            mini(
                "--task",
                "classification",
                "--max-params",
                "100M",
                "--show-excluded",
                "--format",
                "json"));
    JsonNode large = null;
    for (JsonNode e : json.get("excluded")) {
      if (e.get("id").asText().equals("enc-large")) {
        large = e;
      }
    }
    assertThat(large).isNotNull();
    assertThat(large.get("reason").asText()).isEqualTo("350M parameters exceed 100M");
    assertThat(large.get("code").asText()).isEqualTo("parameters.exceed");
  }
}
