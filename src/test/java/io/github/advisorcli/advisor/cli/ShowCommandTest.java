package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShowCommandTest {
  @ParameterizedTest
  @ValueSource(strings = {"t5-base", "T5-Base", "google-t5/t5-base", "GOOGLE-T5/T5-BASE"})
  void forgivingLookup(String name) throws Exception {
    JsonNode root =
        new ObjectMapper().readTree(CliRun.run("show", name, "--format", "json").assertOk().out());
    assertThat(root.get("schema").asText()).isEqualTo("advisor.model/v1");
    assertThat(root.get("model").get("id").asText()).isEqualTo("t5-base");
    assertThat(root.get("memory").get("derived").asBoolean()).isTrue();
    assertThat(root.get("memory").get("fp16_bytes").asLong())
        .isEqualTo(2 * root.get("model").get("parameters").asLong());
    assertThat(root.get("license").get("id").asText()).isEqualTo("Apache-2.0");
    assertThat(root.get("scores")).isNotEmpty();
  }

  @Test
  void everyLicenseOfAnAndExpressionIsShownWithItsConditions() throws Exception {
    String out =
        CliRun.run("show", "deepseek-r1-distill-llama-8b", "--format", "json").assertOk().out();
    JsonNode card = new ObjectMapper().readTree(out);
    assertThat(card.get("model").get("license").asText()).isEqualTo("MIT AND LicenseRef-llama3.1");
    assertThat(card.get("licenses").findValuesAsText("id"))
        .containsExactly("MIT", "LicenseRef-llama3.1");
    String text = CliRun.run("show", "deepseek-r1-distill-llama-8b").assertOk().out();
    assertThat(text).contains("License: MIT").contains("License: LicenseRef-llama3.1");
    String single = CliRun.run("show", "roberta-large", "--format", "json").assertOk().out();
    assertThat(new ObjectMapper().readTree(single).has("licenses"))
        .as("one license: the 'license' object alone, as before")
        .isFalse();
  }

  @Test
  void aFamilyNameShowsItsVariants() throws Exception {
    JsonNode root =
        new ObjectMapper().readTree(CliRun.run("show", "t5", "--format", "json").assertOk().out());
    assertThat(root.get("schema").asText()).isEqualTo("advisor.family/v1");
    assertThat(root.get("models").findValuesAsText("id"))
        .contains("t5-small", "t5-base", "t5-large", "t5-3b", "t5-11b");
    assertThat(CliRun.run("show", "t5").assertOk().out()).contains("t5-small").contains("t5-11b");
  }

  @Test
  void unknownModelSuggestsTheNearest() {
    CliRun run = CliRun.run("show", "t6").assertExit(2);
    assertThat(run.err()).isEqualTo("advisor: unknown model 't6' — did you mean: t5?\n");
    assertThat(run.out()).isEmpty();
    CliRun zh = CliRun.run("--lang", "zh", "show", "t6").assertExit(2);
    assertThat(zh.err()).isEqualTo("advisor: 未知模型 't6'——您是不是要找：t5？\n");
  }

  @Test
  void cardShowsSourcesTasksLicenseAndScores() {
    String out = CliRun.run("show", "gpt-3-davinci").assertOk().out();
    assertThat(out)
        .contains("LicenseRef-openai-api")
        .contains("open weights    no")
        .contains("Sources");
  }
}
