package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden output of {@code advisor check}: JSON in English, tables in English and Chinese. */
class CheckCommandTest {
  private static final String DIR = "src/test/resources/manifests/";

  @ParameterizedTest
  @CsvSource({
    "compliant,0",
    "noncommercial,1",
    "denied-category,1",
    "expired-exception,1",
    "valid-exception,0",
    "hardware,1"
  })
  void matchesItsGolden(String manifest, int exit) {
    // Relative to the project folder (the tests' working directory), so that the golden files do
    // not depend on where the project is checked out.
    String file = DIR + manifest + ".yaml";
    CliRun json = CliRun.run("check", "--manifest", file, "--format", "json");
    json.assertExit(exit);
    Golden.assertMatches(json.out(), "check/" + manifest + ".json");
    for (String lang : new String[] {"en", "zh"}) {
      CliRun table = CliRun.run("--lang", lang, "check", "--manifest", file);
      table.assertExit(exit);
      Golden.assertMatches(table.out(), "check/" + manifest + "-" + lang + ".txt");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(CliRun run) throws Exception {
    return JSON.readTree(run.out());
  }

  @Test
  void scoresEqualRecommendUnderThePolicysConstraints(@TempDir Path dir) throws Exception {
    Path manifest = dir.resolve("advisor.yaml");
    Files.writeString(
        manifest,
        """
        policy:
          use: commercial
          max_parameters: 400M
          allow_categories: [permissive]
        models:
          - id: roberta-large
            task: classification
          - id: deberta-v3-base
            task: classification
        """);
    JsonNode check =
        json(CliRun.run("check", "--manifest", manifest.toString(), "--format", "json"));
    JsonNode recommend =
        json(
            CliRun.run(
                    "recommend",
                    "--task",
                    "classification",
                    "--max-params",
                    "400M",
                    "--license-category",
                    "permissive",
                    "--top",
                    "1000",
                    "--format",
                    "json")
                .assertOk());
    for (JsonNode m : check.get("models")) {
      String id = m.get("model").asText();
      JsonNode ranked = null;
      for (JsonNode r : recommend.get("results")) {
        if (r.get("id").asText().equals(id)) {
          ranked = r;
        }
      }
      assertThat(ranked).as(id + " in recommend").isNotNull();
      assertThat(m.get("score").asDouble()).as(id).isEqualTo(ranked.get("score").asDouble());
    }
  }

  @Test
  void aProfileFromTheUsersConfigWorksInAManifest(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("advisor"));
    Files.writeString(
        dir.resolve("advisor/config.yaml"),
        """
        profiles:
          - id: my-team
            description: License first.
            weights: {license: 5, task_fit: 2}
        """);
    Path manifest = dir.resolve("advisor.yaml");
    Files.writeString(
        manifest,
        """
        policy:
          use: commercial
          profile: my-team
        models:
          - id: roberta-large
            task: classification
        """);
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.toString());
    CliRun check = CliRun.run(env, "check", "--manifest", manifest.toString(), "--format", "json");
    assertThat(check.err()).doesNotContain("unknown profile");
    check.assertOk();
    JsonNode recommend =
        json(
            CliRun.run(
                    env,
                    "recommend",
                    "--task",
                    "classification",
                    "--profile",
                    "my-team",
                    "--top",
                    "1000",
                    "--format",
                    "json")
                .assertOk());
    double expected = -1;
    for (JsonNode r : recommend.get("results")) {
      if (r.get("id").asText().equals("roberta-large")) {
        expected = r.get("score").asDouble();
      }
    }
    assertThat(json(check).get("models").get(0).get("score").asDouble()).isEqualTo(expected);
  }
}
