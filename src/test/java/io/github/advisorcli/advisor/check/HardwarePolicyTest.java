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

  private static List<String> fitsViolations(CliRun run) throws Exception {
    JsonNode root = new ObjectMapper().readTree(run.out());
    List<String> fits = new ArrayList<>();
    for (JsonNode v : root.get("violations")) {
      if (v.get("rule").asText().equals("fits")) {
        fits.add(v.get("model").asText());
      }
    }
    return fits;
  }

  private static final String NO_HARDWARE =
      CliRun.basedir().resolve("src/test/resources/manifests/noncommercial.yaml").toString();

  private static String manifest(java.nio.file.Path dir, String yaml) throws Exception {
    java.nio.file.Path file = dir.resolve("advisor.yaml");
    java.nio.file.Files.writeString(file, yaml);
    return file.toString();
  }

  @Test
  void theGpuOptionChecksEveryModelWithoutAPolicy(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String file =
        manifest(
            dir,
            "policy:\n  use: research\nmodels:\n  - id: qwen2.5-0.5b-instruct\n    task: chat\n"
                + "  - id: mistral-7b-instruct-v0.3\n    task: chat\n");
    CliRun.run("check", "--manifest", file).assertOk();
    CliRun run =
        CliRun.run(
                "check", "--manifest", file, "--format", "json", "--gpu", "t4", "--context", "8k")
            .assertExit(1);
    assertThat(fitsViolations(run)).containsExactly("mistral-7b-instruct-v0.3");
    // At four bits the 7B model fits the 16 GiB card.
    CliRun.run(
            "check", "--manifest", file, "--gpu", "t4", "--context", "8k", "--precision", "q4_k_m")
        .assertOk();
  }

  @Test
  void anOptionReplacesOnlyItsPartOfThePolicy() throws Exception {
    String manifest =
        CliRun.basedir().resolve("src/test/resources/manifests/hardware.yaml").toString();
    // The manifest says t4 at bf16; an 80 GB card holds both models.
    CliRun.run("check", "--manifest", manifest, "--gpu", "a100-80gb").assertOk();
    // Same card as the manifest, a quantized precision: the 7B model fits.
    CliRun.run("check", "--manifest", manifest, "--precision", "q4_k_m").assertOk();
    // A context the T4 cannot hold even for the small model at bf16 with a 64-sequence batch.
    CliRun run =
        CliRun.run(
                "check",
                "--manifest",
                manifest,
                "--format",
                "json",
                "--batch",
                "64",
                "--context",
                "32k")
            .assertExit(1);
    assertThat(fitsViolations(run)).contains("qwen2.5-0.5b-instruct", "mistral-7b-instruct-v0.3");
  }

  @Test
  void hardwareOptionsWithoutHardwareAreAUsageError() {
    CliRun run = CliRun.run("check", "--manifest", NO_HARDWARE, "--context", "8k").assertExit(2);
    assertThat(run.err()).contains("--gpu").contains("policy.hardware");
    CliRun bad =
        CliRun.run("check", "--manifest", NO_HARDWARE, "--gpu", "t4", "--precision", "q9")
            .assertExit(2);
    assertThat(bad.err()).contains("precision");
  }
}
