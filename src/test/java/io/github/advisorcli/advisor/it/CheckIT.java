package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.JarRun;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code advisor check} run as a real subprocess of the packaged jar, as CI runs it. */
class CheckIT {
  private static final String DIR = "src/test/resources/manifests/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JarRun check(String manifest, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "check";
    args[1] = "--manifest";
    args[2] = DIR + manifest;
    System.arraycopy(more, 0, args, 3, more.length);
    return JarRun.run(args);
  }

  @Test
  void compliantProjectPasses() throws Exception {
    JarRun run = check("compliant.yaml", "--format", "json").assertExit(0);
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("schema").asText()).isEqualTo("advisor.check/v1");
    assertThat(root.get("passed").asBoolean()).isTrue();
    assertThat(root.get("violations")).isEmpty();
    assertThat(root.get("models").findValuesAsText("status")).containsOnly("pass");
  }

  @Test
  void nonCommercialLicenseInACommercialProjectFails() throws Exception {
    JarRun run = check("noncommercial.yaml", "--format", "json").assertExit(1);
    JsonNode v = JSON.readTree(run.out()).get("violations");
    assertThat(v).hasSize(1);
    assertThat(v.get(0).get("model").asText()).isEqualTo("nllb-200-distilled-600m");
    assertThat(v.get(0).get("rule").asText()).isEqualTo("license");
    assertThat(v.get(0).get("message").asText())
        .contains("CC-BY-NC-4.0")
        .contains("does not allow commercial use");
    assertThat(v.get(0).get("line").asInt()).isEqualTo(6);
    assertThat(v.get(0).get("hint").asText()).startsWith("consider ");
  }

  @Test
  void deniedCategoryFails() throws Exception {
    JarRun run = check("denied-category.yaml").assertExit(1);
    assertThat(run.out())
        .contains("[license] llama-3.1-8b-instruct")
        .contains("category community")
        .contains("FAIL");
  }

  @Test
  void expiredExceptionNoLongerApplies() throws Exception {
    JsonNode root =
        JSON.readTree(check("expired-exception.yaml", "--format", "json").assertExit(1).out());
    assertThat(root.get("violations").get(0).get("message").asText())
        .contains("expired on 2020-06-30");
    assertThat(root.get("warnings").findValuesAsText("message"))
        .anyMatch(m -> m.contains("expired on 2020-06-30 and no longer applies"));
  }

  @Test
  void validExceptionPasses() throws Exception {
    JsonNode root =
        JSON.readTree(check("valid-exception.yaml", "--format", "json").assertExit(0).out());
    assertThat(root.get("excepted")).hasSize(1);
    assertThat(root.get("excepted").get(0).get("exception").get("approved_by").asText())
        .isEqualTo("jane@example.com");
    assertThat(root.get("models").get(0).get("status").asText()).isEqualTo("excepted");
  }

  @Test
  void unknownModelIsAnInputErrorWithSuggestion() {
    JarRun run = check("unknown-model.yaml").assertExit(2);
    assertThat(run.err())
        .isEqualTo(
            "advisor: "
                + DIR
                + "unknown-model.yaml:4:5: unknown model 'bert-base-uncase' — did you mean: bert-base-uncased, bert-large-uncased, bert-base-multilingual-cased?\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void malformedManifestNamesFileLineAndColumn() {
    JarRun run = check("malformed.yaml").assertExit(2);
    assertThat(run.err())
        .startsWith(
            "advisor: " + DIR + "malformed.yaml:4:7: invalid YAML: while parsing a flow sequence");
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(check("unknown-field.yaml").assertExit(2).err())
        .isEqualTo(
            "advisor: "
                + DIR
                + "unknown-field.yaml:3:3: unknown field 'min_scor' — did you mean: min_score?\n");
    assertThat(check("bad-category.yaml").assertExit(2).err())
        .contains("bad-category.yaml:3:3: unknown license category 'permisive'");
  }

  @Test
  void warnOnlyAlwaysExitsZero() {
    check("noncommercial.yaml", "--warn-only").assertExit(0);
  }

  @Test
  void strictTurnsDriftIntoAViolation() throws Exception {
    JsonNode root =
        JSON.readTree(check("compliant.yaml", "--strict", "--format", "json").assertExit(1).out());
    assertThat(root.get("violations").findValuesAsText("rule")).contains("drift");
  }

  @Test
  void junitXmlValidatesAgainstTheSchema() throws Exception {
    for (String manifest :
        new String[] {"noncommercial.yaml", "valid-exception.yaml", "compliant.yaml"}) {
      String xml = check(manifest, "--format", "junit").out();
      var schema =
          SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
              .newSchema(
                  CliRun.basedir().resolve("src/test/resources/schemas/junit-10.xsd").toFile());
      schema.newValidator().validate(new StreamSource(new StringReader(xml)));
      assertThat(xml).contains("<testsuites").contains("<testcase name=\"license\"");
    }
    String failing = check("noncommercial.yaml", "--format", "junit").out();
    assertThat(failing).contains("<failure message=").contains("failures=\"1\"");
    assertThat(check("valid-exception.yaml", "--format", "junit").out())
        .contains("<skipped message=\"excepted: offline evaluation only\"/>");
  }

  @Test
  void sarifValidatesAgainstTheSchemaAndPointsAtTheManifestLine() throws Exception {
    String sarif = check("noncommercial.yaml", "--format", "sarif").assertExit(1).out();
    String schemaText =
        Files.readString(
            CliRun.basedir().resolve("src/test/resources/schemas/sarif-schema-2.1.0.json"),
            StandardCharsets.UTF_8);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schemaText);
    List<com.networknt.schema.Error> errors = schema.validate(JSON.readTree(sarif));
    assertThat(errors).isEmpty();
    JsonNode result = JSON.readTree(sarif).get("runs").get(0).get("results").get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("license");
    assertThat(result.get("level").asText()).isEqualTo("error");
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText())
        .isEqualTo(DIR + "noncommercial.yaml");
    assertThat(location.get("region").get("startLine").asInt()).isEqualTo(6);
    String excepted = check("valid-exception.yaml", "--format", "sarif").out();
    assertThat(schema.validate(JSON.readTree(excepted))).isEmpty();
  }

  @Test
  void githubAnnotations() {
    String out = check("noncommercial.yaml", "--format", "github").assertExit(1).out();
    assertThat(out)
        .startsWith(
            "::error file="
                + DIR
                + "noncommercial.yaml,line=6,col=5,title=advisor%3A license::nllb-200-distilled-600m: license CC-BY-NC-4.0")
        .contains("%0Aconsider ");
    assertThat(out).contains("::warning file=");
  }

  @Test
  void initWritesAStarterManifestAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
    JarRun.run(dir, Map.of(), "check", "--init").assertExit(0);
    Path manifest = dir.resolve("advisor.yaml");
    assertThat(manifest).exists();
    String first = Files.readString(manifest);
    JarRun firstRun = JarRun.run(dir, Map.of(), "check").assertExit(0);
    // The starter manifest is clean on its first run: no warning, no violation.
    assertThat(firstRun.out()).doesNotContain("Warnings").doesNotContain("[drift]");
    assertThat(JarRun.run(dir, Map.of(), "check", "--strict").exitCode()).isZero();
    Files.writeString(manifest, first + "\n# edited\n");
    JarRun refused = JarRun.run(dir, Map.of(), "check", "--init").assertExit(2);
    assertThat(refused.err())
        .isEqualTo("advisor: advisor.yaml already exists; use --force to replace it\n");
    assertThat(Files.readString(manifest)).endsWith("# edited\n");
    JarRun.run(dir, Map.of(), "check", "--init", "--force").assertExit(0);
    assertThat(Files.readString(manifest)).isEqualTo(first);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("advisor.yaml");
    }
  }

  @Test
  void missingManifestSaysHowToStart(@TempDir Path dir) {
    JarRun run = JarRun.run(dir, Map.of(), "check").assertExit(2);
    assertThat(run.err())
        .isEqualTo(
            "advisor: advisor.yaml: no such file (create a starter manifest with 'advisor check --init')\n");
  }

  /**
   * The shaded jar leaves out the CycloneDX library's schemas and license texts and some of its
   * dependencies: the document must still be written, and be valid.
   */
  @Test
  void packagedJarWritesAValidCycloneDxDocument() throws Exception {
    JarRun run = check("noncommercial.yaml", "--format", "cyclonedx").assertExit(1);
    assertThat(
            new org.cyclonedx.parsers.JsonParser()
                .validate(
                    run.out().getBytes(StandardCharsets.UTF_8), org.cyclonedx.Version.VERSION_16))
        .isEmpty();
    assertThat(check("noncommercial.yaml", "--format", "spdx").assertExit(1).out())
        .contains("\"ai_AIPackage\"");
  }
}
