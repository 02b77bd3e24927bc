package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's config file: default option values and extra profiles. */
class UserConfigTest {
  private static Map<String, String> env(Path home) {
    return Map.of("XDG_CONFIG_HOME", home.toString());
  }

  private static void write(Path home, String yaml) throws Exception {
    Files.createDirectories(home.resolve("advisor"));
    Files.writeString(home.resolve("advisor/config.yaml"), yaml);
  }

  @Test
  void defaultsAndProfilesApplyAndTheCommandLineWins(@TempDir Path home) throws Exception {
    write(
        home,
        """
        defaults:
          profile: my-team
          top: 2
          use: research
        profiles:
          - id: my-team
            description: License first.
            weights: {license: 5, task_fit: 2}
        """);
    JsonNode root =
        new ObjectMapper()
            .readTree(
                CliRun.run(env(home), "recommend", "--task", "ner", "--format", "json")
                    .assertOk()
                    .out());
    assertThat(root.get("profile").asText()).isEqualTo("my-team");
    assertThat(root.get("use").asText()).isEqualTo("research");
    assertThat(root.get("results")).hasSize(2);
    assertThat(root.get("weights").get("license").asDouble()).isEqualTo(5.0);
    assertThat(root.get("weights").get("docs").asDouble()).isEqualTo(0.0);
    JsonNode overridden =
        new ObjectMapper()
            .readTree(
                CliRun.run(
                        env(home),
                        "recommend",
                        "--task",
                        "ner",
                        "--top",
                        "4",
                        "--profile",
                        "balanced",
                        "--format",
                        "json")
                    .assertOk()
                    .out());
    assertThat(overridden.get("results")).hasSize(4);
    assertThat(overridden.get("profile").asText()).isEqualTo("balanced");
    assertThat(CliRun.run(env(home), "criteria").assertOk().out()).contains("my-team");
  }

  @Test
  void aBrokenConfigIsOneLineWithItsLocation(@TempDir Path home) throws Exception {
    write(home, "defaults:\n  topp: 3\n");
    CliRun run = CliRun.run(env(home), "recommend", "--task", "ner").assertExit(2);
    assertThat(run.err())
        .startsWith(
            "advisor: "
                + home.resolve("advisor/config.yaml")
                + ": 'defaults' cannot set 'topp' — did you mean: top?");
    assertThat(run.err().lines().count()).isEqualTo(1);
    write(home, "defaults: [\n");
    assertThat(CliRun.run(env(home), "list").assertExit(2).err())
        .isEqualTo(
            "advisor: "
                + home.resolve("advisor/config.yaml")
                + ":1:11: wrong type for 'defaults': expected a mapping\n");
  }

  @Test
  void noConfigFileIsFine(@TempDir Path home) {
    CliRun.run(env(home), "recommend", "--task", "ner").assertOk();
  }
}
