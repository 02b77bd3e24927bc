package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListCommandTest {
  private static final String MINI = "src/test/resources/catalog/mini.yaml";
  private static final String OVERRIDE = "src/test/resources/catalog/override.yaml";

  private static CliRun mini(String... args) {
    List<String> all = new ArrayList<>(List.of("--no-default-catalog", "--catalog", MINI));
    all.addAll(List.of(args));
    return CliRun.run(all.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "csv", "markdown", "yaml"})
  void goldenOutputPerFormat(String format) {
    CliRun run = mini("list", "--format", format).assertOk();
    assertThat(run.err()).isEmpty();
    String ext = format.equals("table") ? "txt" : format.equals("markdown") ? "md" : format;
    Golden.assertMatches(run.out(), "list/mini." + ext);
  }

  @Test
  void jsonContract() throws Exception {
    JsonNode root = new ObjectMapper().readTree(mini("list", "--format", "json").assertOk().out());
    assertThat(root.get("schema").asText()).isEqualTo("advisor.list/v1");
    JsonNode first = root.get("models").get(0);
    assertThat(iterable(first.fieldNames()))
        .containsExactly(
            "id",
            "family",
            "name",
            "organization",
            "year",
            "architecture",
            "parameters",
            "context_length",
            "license",
            "open_weights",
            "tasks",
            "hf_repo",
            "aliases",
            "sources");
    JsonNode api = root.get("models").get(0);
    assertThat(api.get("id").asText()).isEqualTo("api-only");
    assertThat(api.get("parameters").isNull()).isTrue();
    assertThat(api.get("open_weights").asBoolean()).isFalse();
  }

  @Test
  void filtersByTaskFamilyAndLicense() throws Exception {
    assertThat(ids(mini("list", "--task", "classification", "--format", "json")))
        .containsExactly("dec-7b", "enc-large", "enc-small");
    assertThat(ids(mini("list", "--task", "文本分类", "--format", "json")))
        .containsExactly("dec-7b", "enc-large", "enc-small");
    assertThat(ids(mini("list", "--family", "ENC", "--format", "json")))
        .containsExactly("enc-large", "enc-small");
    assertThat(ids(mini("list", "--license", "apache-2.0", "--format", "json")))
        .containsExactly("enc-small");
    assertThat(ids(mini("list", "--license", "llama3", "--format", "json")))
        .containsExactly("dec-7b");
  }

  @Test
  void userCatalogMergesOverTheEarlierOnes() throws Exception {
    CliRun run = mini("--catalog", OVERRIDE, "list", "--format", "json").assertOk();
    JsonNode models = new ObjectMapper().readTree(run.out()).get("models");
    assertThat(ids(run))
        .containsExactly("api-only", "dec-7b", "enc-large", "enc-small", "extra", "nc-base");
    JsonNode small = find(models, "enc-small");
    assertThat(small.get("name").asText()).isEqualTo("Encoder Small (patched)");
    assertThat(small.get("parameters").asLong()).isEqualTo(66_000_000L);
    assertThat(small.get("family").asText()).isEqualTo("enc");
    assertThat(small.get("hf_repo").asText()).isEqualTo("test-lab/enc-small");
    JsonNode extra = find(models, "extra");
    assertThat(extra.get("license").asText()).isEqualTo("Apache-2.0");
    assertThat(extra.get("tasks").get(0).asText()).isEqualTo("embedding");
  }

  @Test
  void environmentVariableAddsCatalogsBeforeTheOption() throws Exception {
    CliRun run =
        CliRun.run(
            Map.of("ADVISOR_CATALOG", MINI + ":" + OVERRIDE),
            "--no-default-catalog",
            "--catalog",
            "src/test/resources/catalog/override.json",
            "list",
            "--format",
            "json");
    run.assertOk();
    JsonNode large = find(new ObjectMapper().readTree(run.out()).get("models"), "enc-large");
    assertThat(large.get("license").asText()).isEqualTo("Apache-2.0");
  }

  @Test
  void unknownTaskExitsTwoWithSuggestion() {
    CliRun run = mini("list", "--task", "clasification").assertExit(2);
    assertThat(run.err())
        .isEqualTo("advisor: unknown task 'clasification' — did you mean: classification?\n");
  }

  @Test
  void noDefaultCatalogWithoutAnyCatalogIsAnInputError() {
    CliRun run = CliRun.run("--no-default-catalog", "list").assertExit(2);
    assertThat(run.err()).contains("--no-default-catalog needs at least one --catalog FILE");
  }

  @Test
  void bundledCatalogListsAtLeastFiftyModels() throws Exception {
    CliRun run = CliRun.run("list", "--format", "json").assertOk();
    assertThat(new ObjectMapper().readTree(run.out()).get("models").size())
        .isGreaterThanOrEqualTo(50);
  }

  static List<String> ids(CliRun run) throws Exception {
    run.assertOk();
    List<String> ids = new ArrayList<>();
    new ObjectMapper()
        .readTree(run.out())
        .get("models")
        .forEach(m -> ids.add(m.get("id").asText()));
    return ids;
  }

  static JsonNode find(JsonNode models, String id) {
    for (JsonNode m : models) {
      if (m.get("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no model " + id);
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> list = new ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}
