package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FitCommandTest {
  private static final long GIB16 = 16L << 30;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonHasExactlyTheContractsFields() throws Exception {
    JsonNode root =
        JSON.readTree(
            CliRun.run(
                    "fit",
                    "llama-3-8b-instruct",
                    "--gpu",
                    "RTX 4090",
                    "--context",
                    "8k",
                    "--precision",
                    "q4_k_m",
                    "--format",
                    "json")
                .assertOk()
                .out());
    assertThat(fields(root))
        .containsExactly(
            "schema",
            "model",
            "context",
            "batch",
            "precision",
            "kv_precision",
            "memory",
            "hardware",
            "fit",
            "max_context",
            "best_precision",
            "decode_tokens_per_second",
            "notes");
    assertThat(root.get("schema").asText()).isEqualTo("advisor.fit/v1");
    assertThat(fields(root.get("memory")))
        .containsExactly("weights_bytes", "kv_cache_bytes", "overhead_bytes", "total_bytes");
    assertThat(fields(root.get("hardware")))
        .containsExactly("name", "vram_bytes", "bandwidth_bytes_per_second", "source");
    assertThat(fields(root.get("decode_tokens_per_second")))
        .containsExactly("low", "high", "basis");
    // Llama 3 8B: 32 layers × 8 KV heads × 128 × 2 × 2 bytes × 8192 tokens = 1 GiB.
    assertThat(root.get("memory").get("kv_cache_bytes").asLong()).isEqualTo(1L << 30);
    assertThat(root.get("fit").asText()).isEqualTo("full-gpu");
    assertThat(root.get("hardware").get("source").asText()).startsWith("https://www.nvidia.com/");
  }

  @Test
  void withoutHardwareFitAndSpeedAreNull() throws Exception {
    JsonNode root =
        JSON.readTree(CliRun.run("fit", "llama-2-7b", "--format", "json").assertOk().out());
    assertThat(root.get("context").asLong()).isEqualTo(4096);
    assertThat(root.get("hardware").isNull()).isTrue();
    assertThat(root.get("fit").isNull()).isTrue();
    assertThat(root.get("max_context").isNull()).isTrue();
    assertThat(root.get("decode_tokens_per_second").isNull()).isTrue();
  }

  @Test
  void tableExplainsEachNumber() {
    String out =
        CliRun.run("fit", "mistral-7b", "--gpu", "4090", "--context", "8192").assertOk().out();
    assertThat(out).contains("KV cache").contains("sliding-window").contains("full-gpu");
    String zh = CliRun.run("--lang", "zh", "fit", "mistral-7b", "--gpu", "4090").assertOk().out();
    assertThat(zh).contains("键值缓存");
  }

  @Test
  void unknownGpuSuggestsTheNearest() {
    CliRun run = CliRun.run("fit", "llama-2-7b", "--gpu", "rtx-4080").assertExit(2);
    assertThat(run.err()).contains("unknown GPU 'rtx-4080'").contains("rtx-4090");
  }

  /** Over the whole catalog: nothing listed needs more than 16 GiB at 8192 tokens. */
  @Test
  void recommendUnderSixteenGibNeverListsABiggerModel() throws Exception {
    JsonNode root =
        JSON.readTree(
            CliRun.run(
                    "recommend",
                    "--task",
                    "chat",
                    "--vram",
                    "16GiB",
                    "--context",
                    "8192",
                    "--top",
                    "1000",
                    "--show-excluded",
                    "--format",
                    "json")
                .assertOk()
                .out());
    JsonNode results = root.get("results");
    assertThat(results).isNotEmpty();
    for (JsonNode r : results) {
      JsonNode total = r.get("memory").get("total_bytes");
      assertThat(total.isNull()).as(r.get("id").asText()).isFalse();
      assertThat(total.asLong()).as(r.get("id").asText()).isLessThanOrEqualTo(GIB16);
      assertThat(r.get("fit").asText()).isEqualTo("full-gpu");
    }
    // Every chat model the catalog has is either listed within budget or excluded with a reason.
    JsonNode all =
        JSON.readTree(
            CliRun.run("recommend", "--task", "chat", "--top", "1000", "--format", "json")
                .assertOk()
                .out());
    List<String> listed = new ArrayList<>();
    results.forEach(r -> listed.add(r.get("id").asText()));
    List<String> excluded = new ArrayList<>();
    root.get("excluded").forEach(e -> excluded.add(e.get("id").asText()));
    for (JsonNode r : all.get("results")) {
      assertThat(listed.contains(r.get("id").asText()) || excluded.contains(r.get("id").asText()))
          .as(r.get("id").asText())
          .isTrue();
    }
    assertThat(excluded).isNotEmpty();
  }

  @Test
  void recommendWithoutHardwareOptionsHasNoFitFields() throws Exception {
    JsonNode root =
        JSON.readTree(
            CliRun.run("recommend", "--task", "chat", "--format", "json").assertOk().out());
    assertThat(root.get("results").get(0).has("memory")).isFalse();
    assertThat(root.get("results").get(0).has("fit")).isFalse();
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
