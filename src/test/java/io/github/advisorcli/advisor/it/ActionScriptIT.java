package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell steps of the GitHub Action (action.yml), run as a runner runs them: resolve, install
 * (from the archive that 'mvn package' built, through a file:// URL, or by building the sources)
 * and check.
 */
class ActionScriptIT {
  private static final Path BASE = CliRun.basedir();
  private static final Path SCRIPT = BASE.resolve("src/dist/action/advisor-action.sh");
  private static final String VERSION = Project.fromPom().version();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  static Path tools;

  record Step(int code, String out, String err, Map<String, String> outputs) {}

  /** One step of the action, with only the runner's variables that the test gives it. */
  static Step step(Path dir, String step, Map<String, String> env) throws Exception {
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Path outputs = Files.createTempFile(dir, "github-output", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder("bash", SCRIPT.toString(), step)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("GITHUB_")
                    || k.startsWith("RUNNER_")
                    || k.startsWith("ADVISOR_")
                    || k.startsWith("INPUT_"));
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("NO_COLOR", "1");
    pb.environment().put("GITHUB_OUTPUT", outputs.toString());
    pb.environment().put("RUNNER_TEMP", dir.toString());
    // The launcher's class-data archives go to a cache of the test's own, not the user's.
    pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS))
        .as("%s finished", step)
        .isTrue();
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(outputs)) {
      int eq = line.indexOf('=');
      values.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return new Step(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        values);
  }

  static Path archive() throws IOException {
    Path archive = BASE.resolve("target/advisor-" + VERSION + ".tar.gz");
    assertThat(archive).exists();
    return archive;
  }

  static Map<String, String> release(String... more) throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("ADVISOR_VERSION", VERSION);
    env.put("ADVISOR_ARCHIVE_URL", archive().toUri().toString());
    env.put("ADVISOR_TOOL_DIR", tools.toString());
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  @BeforeAll
  static void install() throws Exception {
    tools = Files.createDirectories(shared.resolve("tools"));
    Step install = step(shared, "install", release());
    assertThat(install.code()).as(install.err()).isZero();
    assertThat(install.out()).contains("advisor " + VERSION).contains("catalog as of");
    assertThat(install.outputs()).containsEntry("bin", tools + "/" + VERSION + "/bin/advisor");
  }

  @Test
  void releaseComesFromTheInputOrTheTagAndTheSourcesAreBuiltOtherwise(@TempDir Path dir)
      throws Exception {
    Map<String, String> outputs =
        step(dir, "resolve", Map.of("ADVISOR_VERSION", "v0.2.0", "ADVISOR_TOOL_DIR", "/t"))
            .outputs();
    assertThat(outputs)
        .containsEntry("mode", "release")
        .containsEntry("version", "0.2.0")
        .containsEntry("key", "0.2.0")
        .containsEntry("home", "/t/0.2.0");

    outputs = step(dir, "resolve", Map.of("ADVISOR_ACTION_REF", "v1.2.3")).outputs();
    assertThat(outputs).containsEntry("mode", "release").containsEntry("version", "1.2.3");

    // Where the runner leaves github.action_ref empty, the action's folder names the tag.
    outputs =
        step(dir, "resolve", Map.of("GITHUB_ACTION_PATH", "/r/_actions/acme/advisor/v0.3.0"))
            .outputs();
    assertThat(outputs)
        .containsEntry("mode", "release")
        .containsEntry("version", "0.3.0")
        .containsEntry("repository", "acme/advisor");

    // uses: ./ in advisor's own repository: that repository's releases; elsewhere none is guessed.
    Map<String, String> own =
        Map.of(
            "ADVISOR_VERSION",
            "0.4.0",
            "GITHUB_ACTION_PATH",
            dir.toString(),
            "GITHUB_WORKSPACE",
            dir.toString(),
            "GITHUB_REPOSITORY",
            "acme/advisor");
    assertThat(step(dir, "resolve", own).outputs()).containsEntry("repository", "acme/advisor");
    Map<String, String> vendored = new LinkedHashMap<>(own);
    vendored.put("GITHUB_WORKSPACE", dir.resolve("elsewhere").toString());
    assertThat(step(dir, "resolve", vendored).outputs()).containsEntry("repository", "");

    outputs = step(dir, "resolve", Map.of("ADVISOR_ACTION_REF", "main")).outputs();
    assertThat(outputs).containsEntry("mode", "source");
    assertThat(outputs.get("key")).matches("source-[0-9a-f]{16}");

    Step bad = step(dir, "resolve", Map.of("ADVISOR_VERSION", "latest"));
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("'latest' is not a release version");
  }

  @Test
  void installedReleaseIsReusedAndCarriesItsClassDataArchive(@TempDir Path dir) throws Exception {
    Path home = tools.resolve(VERSION);
    assertThat(home.resolve("lib/advisor.jar")).exists();
    try (Stream<Path> cds = Files.list(home.resolve("cache/advisor"))) {
      assertThat(cds.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".jsa"));
    }
    // Restored from the cache: no download (the address would fail).
    Step again =
        step(
            dir,
            "install",
            release("ADVISOR_ARCHIVE_URL", dir.resolve("missing.tar.gz").toUri().toString()));
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("is in " + home + " already");

    Step missing =
        step(
            dir,
            "install",
            release(
                "ADVISOR_VERSION",
                "9.9.9",
                "ADVISOR_ARCHIVE_URL",
                dir.resolve("missing.tar.gz").toUri().toString()));
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("could not download");
    assertThat(tools.resolve("9.9.9")).doesNotExist();
  }

  @Test
  void checkWritesTheReportAndExitsAsAdvisorDoes(@TempDir Path dir) throws Exception {
    Path manifests = BASE.resolve("src/test/resources/manifests");
    Files.copy(manifests.resolve("compliant.yaml"), dir.resolve("advisor.yaml"));
    Files.copy(manifests.resolve("noncommercial.yaml"), dir.resolve("noncommercial.yaml"));

    Step pass = step(dir, "check", release("INPUT_FORMAT", "sarif"));
    assertThat(pass.code()).as(pass.err()).isZero();
    assertThat(pass.outputs()).containsEntry("exit-code", "0");
    Path report = Path.of(pass.outputs().get("report"));
    assertThat(report.getFileName().toString()).isEqualTo("report.sarif");
    JsonNode sarif = JSON.readTree(report.toFile());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(pass.out()).contains("sarif report in " + report);

    Step fail =
        step(dir, "check", release("INPUT_MANIFEST", "noncommercial.yaml", "INPUT_FORMAT", ""));
    assertThat(fail.code()).isEqualTo(1);
    assertThat(fail.outputs()).containsEntry("exit-code", "1");
    // The default format is 'github': annotations in the log, and the same text in the report.
    assertThat(fail.out()).contains("::error file=noncommercial.yaml,line=6");
    assertThat(Files.readString(Path.of(fail.outputs().get("report"))))
        .contains("::error file=noncommercial.yaml,line=6");

    Step warnOnly =
        step(
            dir,
            "check",
            release(
                "INPUT_MANIFEST",
                "noncommercial.yaml",
                "INPUT_FORMAT",
                "junit",
                "INPUT_WARN_ONLY",
                "true"));
    assertThat(warnOnly.code()).as(warnOnly.err()).isZero();
    assertThat(Files.readString(Path.of(warnOnly.outputs().get("report"))))
        .startsWith("<?xml")
        .contains("<failure");

    Step markdown =
        step(
            dir,
            "check",
            release(
                "INPUT_MANIFEST",
                "noncommercial.yaml",
                "INPUT_FORMAT",
                "markdown",
                "INPUT_WARN_ONLY",
                "true",
                "GITHUB_STEP_SUMMARY",
                dir.resolve("summary.md").toString()));
    assertThat(markdown.code()).isZero();
    assertThat(Files.readString(dir.resolve("summary.md")))
        .isEqualTo(Files.readString(Path.of(markdown.outputs().get("report"))))
        .contains("nllb-200-distilled-600m");

    Step noManifest = step(dir, "check", release("INPUT_MANIFEST", "nope.yaml"));
    assertThat(noManifest.code()).isEqualTo(2);
    assertThat(noManifest.err()).contains("nope.yaml");
    assertThat(noManifest.outputs()).containsEntry("exit-code", "2");

    Step badInput = step(dir, "check", release("INPUT_WARN_ONLY", "yes"));
    assertThat(badInput.code()).isEqualTo(2);
    assertThat(badInput.err()).contains("warn-only must be 'true' or 'false'");
    Step badFormat = step(dir, "check", release("INPUT_FORMAT", "html"));
    assertThat(badFormat.code()).isEqualTo(2);
    assertThat(badFormat.err()).contains("format 'html' is not one of");
  }

  /**
   * Without a release version the action builds its own sources with Maven. A stand-in 'mvn' (the
   * real build is what this test runs in) records its arguments and leaves the packaged archive in
   * target/, as 'mvn package' does.
   */
  @Test
  void withoutAReleaseTheSourcesAreBuiltAndUnpacked(@TempDir Path dir) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("advisor"));
    Files.copy(BASE.resolve("pom.xml"), sources.resolve("pom.xml"));
    Path bin = Files.createDirectories(dir.resolve("fake-bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(
        mvn,
        "#!/bin/sh\n"
            + "echo \"$*\" > \"$PWD/mvn-args\"\n"
            + "mkdir -p target && cp '"
            + archive()
            + "' target/\n");
    assertThat(mvn.toFile().setExecutable(true)).isTrue();
    // ADVISOR_CDS=0: no class-data archive (the release install above tests it), one run fewer.
    Map<String, String> env =
        Map.of(
            "ADVISOR_CDS",
            "0",
            "GITHUB_ACTION_PATH",
            sources.toString(),
            "ADVISOR_TOOL_DIR",
            dir.resolve("tools").toString(),
            "PATH",
            bin + ":" + System.getenv("PATH"));

    Step resolved = step(dir, "resolve", env);
    assertThat(resolved.outputs()).containsEntry("mode", "source");
    Step install = step(dir, "install", env);
    assertThat(install.code()).as(install.err()).isZero();
    assertThat(install.out()).contains("Building advisor from the sources in " + sources);
    assertThat(Files.readString(sources.resolve("mvn-args")).trim())
        .isEqualTo("-B -q -DskipTests package");
    Path home = Path.of(resolved.outputs().get("home"));
    assertThat(install.outputs()).containsEntry("bin", home.resolve("bin/advisor").toString());
    assertThat(home.resolve("lib/advisor.jar")).exists();
    assertThat(home.resolve("cache")).doesNotExist();

    // Other sources, another key: a cached build of different sources is not reused.
    Files.writeString(sources.resolve("pom.xml"), "\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(step(dir, "resolve", env).outputs().get("key"))
        .isNotEqualTo(resolved.outputs().get("key"));
    assertThat(List.of(resolved.outputs().get("key"))).allMatch(k -> k.startsWith("source-"));
  }
}
