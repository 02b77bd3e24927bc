package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import org.junit.jupiter.api.Test;

/** Every command gives the same answer to the same question. */
class OneRuleTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DUAL = "src/test/resources/catalog/rules/dual-license.yaml";

  private static JsonNode json(CliRun run) throws Exception {
    return JSON.readTree(run.assertOk().out());
  }

  @Test
  void aChoiceOfANonCommercialAndAPermissiveLicenseAllowsCommercialUseEverywhere()
      throws Exception {
    JsonNode recommend =
        json(
            CliRun.run(
                "--catalog",
                DUAL,
                "recommend",
                "--task",
                "classification",
                "--commercial",
                "--format",
                "json",
                "--top",
                "200"));
    JsonNode kept = null;
    for (JsonNode r : recommend.get("results")) {
      if (r.get("id").asText().equals("dual-licensed")) {
        kept = r;
      }
    }
    assertThat(kept).as("recommend --commercial keeps the dual-licensed model").isNotNull();
    assertThat(kept.at("/criteria/license").asDouble()).isEqualTo(1.0);

    CliRun compare =
        CliRun.run(
            "--catalog",
            DUAL,
            "compare",
            "dual-licensed",
            "bert-base-uncased",
            "--task",
            "classification",
            "--format",
            "json");
    JsonNode rows = json(compare).get("rows");
    String commercial = null;
    for (JsonNode row : rows) {
      if (row.get("key").asText().equals("commercial_use")) {
        commercial = row.get("values").get(0).asText();
      }
    }
    assertThat(commercial).as("compare agrees with recommend").isEqualTo("yes");
  }
}
