package io.github.advisorcli.advisor.bom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check --format cyclonedx|spdx|notice}: each document validated against its published
 * schema, pinned by a golden file on the README's example manifest, and with the check's exit
 * codes.
 */
class BomFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIR = "src/test/resources/manifests/";

  /** 2025-12-02T00:00:00Z: documents carry their time of creation, so tests fix it. */
  private static final Map<String, String> FIXED_TIME = Map.of("SOURCE_DATE_EPOCH", "1764633600");

  private static CliRun check(String manifest, String... more) {
    List<String> args = new ArrayList<>(List.of("check", "--manifest", DIR + manifest));
    args.addAll(List.of(more));
    return CliRun.run(FIXED_TIME, args.toArray(String[]::new));
  }

  /** The output with advisor's own version replaced, so that a release changes no golden file. */
  private static String versionless(String out) throws Exception {
    Properties p = new Properties();
    try (var in =
        BomFormatsTest.class.getResourceAsStream(
            "/io/github/advisorcli/advisor/version.properties")) {
      p.load(in);
    }
    return out.replace(p.getProperty("version"), "VERSION");
  }

  private static Path schemas() {
    return CliRun.basedir().resolve("src/test/resources/schemas");
  }

  private static List<String> cycloneDxErrors(String bom) throws Exception {
    List<String> errors = new ArrayList<>();
    new JsonParser()
        .validate(bom.getBytes(java.nio.charset.StandardCharsets.UTF_8), Version.VERSION_16)
        .forEach(e -> errors.add("library: " + e.getMessage()));
    Path dir = schemas().resolve("cyclonedx-1.6");
    Map<String, String> referenced = new java.util.HashMap<>();
    for (String name : List.of("spdx.schema.json", "jsf-0.82.schema.json")) {
      referenced.put("http://cyclonedx.org/schema/" + name, Files.readString(dir.resolve(name)));
    }
    Schema schema =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7, b -> b.resourceLoaders(r -> r.resources(referenced)))
            .getSchema(Files.readString(dir.resolve("bom-1.6.schema.json")));
    schema.validate(JSON.readTree(bom)).forEach(e -> errors.add("vendored: " + e));
    return errors;
  }

  private static List<String> spdxErrors(String doc) throws Exception {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(schemas().resolve("spdx-3.0.1/spdx-json-schema.json")));
    return schema.validate(JSON.readTree(doc)).stream().map(Object::toString).toList();
  }

  @Test
  void cycloneDxOfTheReadmeManifestIsValidAndStillFailsTheCheck() throws Exception {
    CliRun run = check("noncommercial.yaml", "--format", "cyclonedx").assertExit(1);
    assertThat(cycloneDxErrors(run.out())).isEmpty();
    Golden.assertMatches(versionless(run.out()), "check/noncommercial.cyclonedx.json");
    JsonNode nllb = JSON.readTree(run.out()).get("components").get(1);
    assertThat(nllb.get("type").asText()).isEqualTo("machine-learning-model");
    assertThat(nllb.get("purl").asText())
        .isEqualTo("pkg:huggingface/facebook/nllb-200-distilled-600M");
    assertThat(nllb.get("properties").toString()).contains("\"fail\"").contains("\"license\"");
  }

  @Test
  void cycloneDxCarriesTheRevisionTheLineageAndCustomLicenses() throws Exception {
    CliRun run = check("pinned.yaml", "--format", "cyclonedx").assertExit(1);
    assertThat(cycloneDxErrors(run.out())).isEmpty();
    Golden.assertMatches(versionless(run.out()), "check/pinned.cyclonedx.json");
    JsonNode components = JSON.readTree(run.out()).get("components");
    JsonNode bert = components.get(0);
    assertThat(bert.get("version").asText()).isEqualTo("86b5e0934494bd15c9632b12f734a8a67f723594");
    assertThat(bert.get("purl").asText())
        .isEqualTo(
            "pkg:huggingface/google-bert/bert-base-uncased@86b5e0934494bd15c9632b12f734a8a67f723594");
    JsonNode minilm = components.get(1);
    assertThat(minilm.has("version")).isFalse();
    String dataRef =
        minilm.get("modelCard").get("modelParameters").get("datasets").get(0).get("ref").asText();
    JsonNode data = components.get(3);
    assertThat(data.get("type").asText()).isEqualTo("data");
    assertThat(data.get("bom-ref").asText()).isEqualTo(dataRef);
    assertThat(data.get("name").asText()).isEqualTo("MS MARCO");
    JsonNode llama = components.get(2).get("licenses").get(0).get("license");
    assertThat(llama.has("id")).isFalse();
    assertThat(llama.get("name").asText()).isEqualTo("Llama 3.3 Community License Agreement");
    assertThat(llama.get("url").asText()).startsWith("https://");
  }

  @Test
  void spdxIsValidAndEachModelAnAiPackageWithItsDatasets() throws Exception {
    CliRun run = check("noncommercial.yaml", "--format", "spdx").assertExit(1);
    assertThat(spdxErrors(run.out())).isEmpty();
    Golden.assertMatches(versionless(run.out()), "check/noncommercial.spdx.json");

    CliRun pinned = check("pinned.yaml", "--format", "spdx").assertExit(1);
    assertThat(spdxErrors(pinned.out())).isEmpty();
    JsonNode graph = JSON.readTree(pinned.out()).get("@graph");
    List<JsonNode> models = ofType(graph, "ai_AIPackage");
    assertThat(models).hasSize(3);
    // The SPDX 3.0.1 model requires these of an AIPackage (AI/Classes/AIPackage.md, "External
    // properties restrictions"); the schema does not check them. Those the catalog always knows:
    for (JsonNode m : models) {
      assertThat(m.get("suppliedBy").asText()).as("suppliedBy").isNotBlank();
      assertThat(m.get("software_primaryPurpose").asText()).isEqualTo("model");
      assertThat(m.get("software_downloadLocation").asText()).startsWith("https://huggingface.co/");
    }
    assertThat(models.get(0).get("software_packageVersion").asText())
        .isEqualTo("86b5e0934494bd15c9632b12f734a8a67f723594");
    List<JsonNode> datasets = ofType(graph, "dataset_DatasetPackage");
    assertThat(datasets).hasSize(1);
    assertThat(datasets.get(0).get("name").asText()).isEqualTo("MS MARCO");
    JsonNode trainedOn =
        ofType(graph, "Relationship").stream()
            .filter(r -> r.get("relationshipType").asText().equals("trainedOn"))
            .findFirst()
            .orElseThrow();
    assertThat(trainedOn.get("from").asText()).isEqualTo(models.get(1).get("spdxId").asText());
    assertThat(trainedOn.get("to").get(0).asText())
        .isEqualTo(datasets.get(0).get("spdxId").asText());
  }

  private static List<JsonNode> ofType(JsonNode graph, String type) {
    List<JsonNode> out = new ArrayList<>();
    graph.forEach(
        n -> {
          if (n.get("type").asText().equals(type)) {
            out.add(n);
          }
        });
    return out;
  }

  @Test
  void noticeGroupsObligationsByLicense() throws Exception {
    CliRun run = check("noncommercial.yaml", "--format", "notice").assertExit(1);
    Golden.assertMatches(versionless(run.out()), "check/noncommercial.notice.md");
    CliRun pinned = check("pinned.yaml", "--format", "notice").assertExit(1);
    Golden.assertMatches(versionless(pinned.out()), "check/pinned.notice.md");
    assertThat(pinned.out())
        .contains("## Llama 3.3 Community License Agreement (LicenseRef-llama3.3)")
        .contains("Display this notice: \"Built with Llama\".")
        .contains("name beginning with \"Llama\"")
        .contains("https://www.llama.com/llama3_3/use-policy")
        .contains("Above 700,000,000 monthly active users");
  }

  @Test
  void noticeSpeaksChinese() {
    CliRun run =
        CliRun.run(
            FIXED_TIME,
            "--lang",
            "zh",
            "check",
            "--manifest",
            DIR + "pinned.yaml",
            "--format",
            "notice");
    run.assertExit(1);
    assertThat(run.out()).contains("义务：").contains("展示以下声明：“Built with Llama”。");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cyclonedx", "spdx", "notice"})
  void badInputIsExitTwoWithTheLine(String format) {
    CliRun run = check("bad-revision.yaml", "--format", format).assertExit(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("bad-revision.yaml:4:5: 'revision' must be a commit hash of 7 to 40");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cyclonedx", "spdx", "notice"})
  void warnOnlyPrintsTheDocumentAndExitsZero(String format) {
    CliRun run = check("noncommercial.yaml", "--format", format, "--warn-only").assertOk();
    assertThat(run.out()).contains("nllb-200-distilled-600m");
  }

  @Test
  void aBadSourceDateEpochIsBadInput() {
    CliRun run =
        CliRun.run(
            Map.of("SOURCE_DATE_EPOCH", "yesterday"),
            "check",
            "--manifest",
            DIR + "compliant.yaml",
            "--format",
            "cyclonedx");
    run.assertExit(2);
    assertThat(run.err()).contains("SOURCE_DATE_EPOCH");
  }

  @Test
  void strictWarnsOfModelsWithoutARevision() throws Exception {
    CliRun run = check("pinned.yaml", "--strict", "--format", "json");
    JsonNode warnings = JSON.readTree(run.out()).get("warnings");
    List<String> unpinned = new ArrayList<>();
    warnings.forEach(
        w -> {
          if (w.get("message").asText().contains("no 'revision' pinned")) {
            unpinned.add(w.get("model").asText());
          }
        });
    assertThat(unpinned).containsExactly("all-minilm-l6-v2", "llama-3.3-70b-instruct");
    String lax = check("pinned.yaml", "--format", "json").out();
    assertThat(lax).doesNotContain("no 'revision' pinned");
  }
}
