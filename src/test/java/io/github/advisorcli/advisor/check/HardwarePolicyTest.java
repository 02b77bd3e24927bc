package io.github.advisorcli.advisor.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code policy.hardware}: every model must fit fully on the GPU at the context. */
class HardwarePolicyTest {
  @Test
  void aModelTooBigForTheGpuIsAFitsViolation() throws Exception {
    String manifest =
        CliRun.basedir().resolve("src/test/resources/manifests/hardware.yaml").toString();
    CliRun run = CliRun.run("check", "--manifest", manifest, "--format", "json").assertExit(1);
    JsonNode root = new ObjectMapper().readTree(run.out());
    List<String> fits = new ArrayList<>();
    for (JsonNode v : root.get("violations")) {
      if (v.get("rule").asText().equals("fits")) {
        fits.add(v.get("model").asText());
        // 7.25B × 2 bytes alone is 14.5e9, over the T4's 16 GiB once the cache and overhead join.
        assertThat(v.get("message").asText()).contains("over 16 GiB");
      }
    }
    assertThat(fits).containsExactly("mistral-7b-instruct-v0.3");
  }

  @Test
  void anUnknownGpuNamesTheFileAndSuggests() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("advisor-hw");
    java.nio.file.Path file = dir.resolve("advisor.yaml");
    java.nio.file.Files.writeString(
        file, "policy:\n  hardware:\n    gpu: rtx-4080\nmodels:\n  - id: qwen2.5-0.5b-instruct\n");
    CliRun run = CliRun.run("check", "--manifest", file.toString()).assertExit(2);
    assertThat(run.err()).contains("advisor.yaml:").contains("rtx-4080").contains("rtx-4090");
  }
}
