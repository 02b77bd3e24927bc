package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fact ages and newer generations in show and check. The limits are chosen so that the outcome does
 * not depend on the day the test runs: 0 days is passed by any fact checked before today, and
 * 100,000 days by none.
 */
class FreshnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode show(String... args) throws Exception {
    String[] all = new String[args.length + 3];
    all[0] = "show";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--format";
    all[args.length + 2] = "json";
    return JSON.readTree(CliRun.run(all).assertOk().out());
  }

  @Test
  void showGivesTheDatesOfTheFactsAndJudgesThemOnlyWithALimit() throws Exception {
    JsonNode plain = show("t5-base").get("freshness");
    assertThat(plain.get("oldest_as_of").asText()).isEqualTo("2026-11-28");
    assertThat(plain.has("stale")).isFalse();
    assertThat(plain.has("age_days")).isFalse();

    JsonNode old = show("t5-base", "--max-fact-age", "0d").get("freshness");
    assertThat(old.get("stale").asBoolean()).isTrue();
    assertThat(old.get("max_age_days").asLong()).isZero();
    assertThat(old.get("age_days").asLong()).isPositive();

    JsonNode fresh = show("t5-base", "--max-fact-age", "100000d").get("freshness");
    assertThat(fresh.get("stale").asBoolean()).isFalse();

    String text =
        CliRun.run("--width", "200", "show", "t5-base", "--max-fact-age", "0d").assertOk().out();
    assertThat(text).contains("Facts may be out of date:").contains("(limit 0 days)");
    String zh = CliRun.run("--lang", "zh", "show", "t5-base", "--max-fact-age", "0d").out();
    assertThat(zh).contains("事实可能已过时");
  }

  @Test
  void ageUnitsAreDaysWeeksAndYears() throws Exception {
    assertThat(
            show("t5-base", "--max-fact-age", "26w").get("freshness").get("max_age_days").asLong())
        .isEqualTo(182);
    assertThat(
            show("t5-base", "--max-fact-age", "1y").get("freshness").get("max_age_days").asLong())
        .isEqualTo(365);
    CliRun bad = CliRun.run("show", "t5-base", "--max-fact-age", "six months").assertExit(2);
    assertThat(bad.err()).contains("expected an age such as 180d, 26w or 1y");
  }

  @Test
  void showNotesANewerGenerationOfTheFamily() throws Exception {
    JsonNode newer = show("qwen2.5-7b-instruct").get("newer_generation");
    assertThat(newer.get("family").asText()).isEqualTo("qwen3");
    assertThat(newer.get("models").toString()).contains("qwen3-8b");
    assertThat(newer.get("source").asText()).isEqualTo("https://qwenlm.github.io/blog/qwen3/");
    assertThat(show("qwen3-8b").has("newer_generation")).isFalse();
    // Through two rules: llama-3.1 → llama-3.3 → llama-4, the latest present.
    assertThat(show("llama-3.1-8b-instruct").get("newer_generation").get("family").asText())
        .isEqualTo("llama-4");
    assertThat(CliRun.run("show", "qwen2.5-7b-instruct").assertOk().out())
        .contains("Note: a newer generation of qwen2.5 is in the catalog: qwen3");
  }

  @Test
  void showStatesTheCapabilities() throws Exception {
    JsonNode caps = show("qwen3-next-80b-a3b-thinking").get("capabilities");
    assertThat(caps.get("reasoning").asBoolean()).isTrue();
    assertThat(caps.get("image-input").asBoolean()).isFalse();
    assertThat(caps.get("long-context").asBoolean()).isTrue();
    assertThat(show("t5-base").get("capabilities").get("tool-calling").isNull()).isTrue();
  }

  @Test
  void checkWarnsAboutOldFactsAndANewerGeneration(@TempDir Path dir) throws Exception {
    Path manifest = dir.resolve("advisor.yaml");
    Files.writeString(
        manifest,
        """
        policy:
          use: commercial
        models:
          - id: qwen2.5-7b-instruct
            task: chat
            where: services/chat
        """);
    CliRun plain =
        CliRun.run("check", "--manifest", manifest.toString(), "--format", "json").assertOk();
    JsonNode warnings = JSON.readTree(plain.out()).get("warnings");
    assertThat(warnings.toString())
        .contains("a newer generation of its family qwen2.5 is in the catalog: qwen3")
        .doesNotContain("out of date");

    CliRun old =
        CliRun.run(
                "check",
                "--manifest",
                manifest.toString(),
                "--max-fact-age",
                "0d",
                "--format",
                "json")
            .assertOk();
    JsonNode root = JSON.readTree(old.out());
    assertThat(root.get("passed").asBoolean()).isTrue();
    assertThat(root.get("warnings").toString())
        .contains("qwen2.5-7b-instruct: facts may be out of date")
        .contains("(limit 0 days)");
    CliRun none =
        CliRun.run(
                "check",
                "--manifest",
                manifest.toString(),
                "--max-fact-age",
                "100000d",
                "--format",
                "json")
            .assertOk();
    assertThat(none.out()).doesNotContain("out of date");
  }
}
