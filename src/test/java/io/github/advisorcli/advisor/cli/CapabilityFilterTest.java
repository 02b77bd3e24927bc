package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.catalog.Capability;
import io.github.advisorcli.advisor.testing.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapabilityFilterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> ids(JsonNode models) {
    List<String> ids = new ArrayList<>();
    models.forEach(m -> ids.add(m.get("id").asText()));
    return ids;
  }

  @Test
  void listKeepsOnlyModelsStatedToHaveEveryCapability() throws Exception {
    CliRun run = CliRun.run("list", "--capability", "reasoning", "--format", "json").assertOk();
    List<String> reasoning = ids(JSON.readTree(run.out()).get("models"));
    assertThat(reasoning)
        .contains("qwen3-next-80b-a3b-thinking", "qwen3-8b")
        .doesNotContain("qwen3-next-80b-a3b-instruct", "t5-base");
    assertThat(run.err()).contains("left out because the catalog does not state: reasoning");

    List<String> both =
        ids(
            JSON.readTree(
                    CliRun.run(
                            "list",
                            "--capability",
                            "reasoning",
                            "--capability",
                            "LONG_CONTEXT",
                            "--format",
                            "json")
                        .assertOk()
                        .out())
                .get("models"));
    assertThat(both).contains("qwen3-next-80b-a3b-thinking").doesNotContain("qwen3-0.6b");
    assertThat(reasoning).containsAll(both);
  }

  @Test
  void longContextIsTheSourcedContextLength() throws Exception {
    List<String> ids =
        ids(
            JSON.readTree(
                    CliRun.run("list", "--capability", "long-context", "--format", "json")
                        .assertOk()
                        .out())
                .get("models"));
    assertThat(ids).contains("qwen3-next-80b-a3b-instruct").doesNotContain("embeddinggemma-300m");
    assertThat(Capability.LONG_CONTEXT_TOKENS).isEqualTo(128_000);
  }

  @Test
  void recommendExcludesUnknownCapabilitiesAndSaysWhy() throws Exception {
    JsonNode root =
        JSON.readTree(
            CliRun.run(
                    "recommend",
                    "--task",
                    "chat",
                    "--capability",
                    "reasoning",
                    "--show-excluded",
                    "--format",
                    "json")
                .assertOk()
                .out());
    for (JsonNode r : root.get("results")) {
      assertThat(r.get("id").asText()).isNotIn("qwen3-next-80b-a3b-instruct", "llama-3-8b");
    }
    String unknown = null;
    String missing = null;
    for (JsonNode e : root.get("excluded")) {
      if (e.get("id").asText().equals("qwen3-next-80b-a3b-instruct")) {
        missing = e.get("reason").asText();
      }
      if (e.get("id").asText().equals("yi-1.5-9b-chat")) {
        unknown = e.get("reason").asText();
      }
    }
    assertThat(missing).isEqualTo("capability reasoning missing");
    assertThat(unknown).isEqualTo("capability reasoning unknown: the catalog does not state it");
  }

  @Test
  void anUnknownCapabilityNameIsAUsageError() {
    CliRun run = CliRun.run("list", "--capability", "vision").assertExit(2);
    assertThat(run.err())
        .contains("expected tool-calling, image-input, reasoning, long-context, not 'vision'");
    CliRun.run("recommend", "--task", "chat", "--capability", "vision").assertExit(2);
  }

  @Test
  void completionOffersTheCapabilities() {
    assertThat(new CapabilityConverter.Candidates())
        .containsExactly("tool-calling", "image-input", "reasoning", "long-context");
    String script = CliRun.run("completion").assertOk().out();
    assertThat(script)
        .contains("(\"tool-calling\" \"image-input\" \"reasoning\" \"long-context\")");
  }

  @Test
  void theNoteIsInChineseToo() {
    CliRun run = CliRun.run("--lang", "zh", "list", "--capability", "tool-calling");
    run.assertOk();
    assertThat(run.err()).contains("因为目录未写明：tool-calling");
  }
}
