package io.github.advisorcli.advisor.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The files that publish advisor: the GitHub Action, the JBang catalog and the changelog. */
class ReleaseFilesTest {
  private static final Path BASE = CliRun.basedir();
  private static final Pattern RELEASE_HEADING =
      Pattern.compile("^## \\[(\\d+\\.\\d+\\.\\d+)] - \\d{4}-\\d{2}-\\d{2}$", Pattern.MULTILINE);

  @Test
  void actionRunsItsScriptStepsWithTheDocumentedInputs() throws Exception {
    JsonNode action = new YAMLMapper().readTree(BASE.resolve("action.yml").toFile());
    List<String> inputs = new ArrayList<>();
    action.get("inputs").fieldNames().forEachRemaining(inputs::add);
    assertThat(inputs).containsExactly("manifest", "format", "warn-only", "version");
    action.get("inputs").forEach(i -> assertThat(i.get("description").asText()).isNotBlank());
    assertThat(action.get("outputs").get("report").get("value").asText())
        .isEqualTo("${{ steps.check.outputs.report }}");
    assertThat(action.get("runs").get("using").asText()).isEqualTo("composite");

    String script = Files.readString(BASE.resolve("src/dist/action/advisor-action.sh"));
    List<String> steps = new ArrayList<>();
    for (JsonNode step : action.get("runs").get("steps")) {
      if (step.has("uses")) {
        assertThat(step.get("uses").asText()).matches("actions/[a-z-]+(/[a-z]+)?@v\\d+");
        continue;
      }
      assertThat(step.get("shell").asText()).isEqualTo("bash");
      Matcher run =
          Pattern.compile(
                  "bash \"\\$GITHUB_ACTION_PATH/src/dist/action/advisor-action.sh\" ([a-z]+)")
              .matcher(step.get("run").asText().trim());
      assertThat(run.matches()).as(step.get("run").asText()).isTrue();
      steps.add(run.group(1));
      assertThat(script).contains("\n  " + run.group(1) + ") ");
      // Every script step sees the same version inputs, so that each resolves the same advisor.
      assertThat(step.get("env").get("ADVISOR_VERSION").asText())
          .isEqualTo("${{ inputs.version }}");
    }
    assertThat(steps).containsExactly("resolve", "install", "check");
  }

  /** The alias runs the newest release; before the first one, the version being prepared. */
  @Test
  void jbangAliasNamesTheReleasedMavenArtifact() throws Exception {
    Project project = Project.fromPom();
    Matcher released = RELEASE_HEADING.matcher(Files.readString(BASE.resolve("CHANGELOG.md")));
    String version = released.find() ? released.group(1) : project.releaseVersion();
    JsonNode alias =
        new ObjectMapper()
            .readTree(BASE.resolve("jbang-catalog.json").toFile())
            .get("aliases")
            .get("advisor");
    assertThat(alias.get("script-ref").asText())
        .isEqualTo(project.groupId() + ":" + project.artifactId() + ":" + version);
  }

  @Test
  void changelogKeepsTheKeepAChangelogShape() throws Exception {
    List<String> lines = Files.readAllLines(BASE.resolve("CHANGELOG.md"));
    assertThat(lines.get(0)).isEqualTo("# Changelog");
    List<String> versions = new ArrayList<>();
    Set<String> kinds = Set.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");
    for (String line : lines) {
      if (line.startsWith("## ")) {
        assertThat(line).matches("## \\[Unreleased]|" + RELEASE_HEADING.pattern().substring(1));
        versions.add(line);
      } else if (line.startsWith("### ")) {
        assertThat(kinds).contains(line.substring(4));
      }
    }
    assertThat(versions).first().isEqualTo("## [Unreleased]");
  }
}
