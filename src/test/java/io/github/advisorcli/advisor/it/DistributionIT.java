package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release archive, the rendered man pages and the completion script, as a user meets them. */
class DistributionIT {
  private static final Path BASE = CliRun.basedir();
  private static final Path CACHE = BASE.resolve("target/it-cache");

  record Proc(int code, String out) {}

  private static Proc exec(Path dir, List<String> command) throws Exception {
    Path out = Files.createTempFile("proc", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("NO_COLOR", "1");
    pb.environment().put("MANWIDTH", "80");
    pb.environment().remove("ADVISOR_CATALOG");
    // The launcher's class-data archives go to a cache of the test's own, not the user's.
    pb.environment().put("XDG_CACHE_HOME", CACHE.toString());
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS))
        .as("%s finished", command)
        .isTrue();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new Proc(p.exitValue(), text);
  }

  private static Path archive() throws IOException {
    try (Stream<Path> files = Files.list(BASE.resolve("target"))) {
      return files
          .filter(p -> p.getFileName().toString().matches("advisor-.*\\.tar\\.gz"))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void unpackedArchiveRunsAnywhereWithoutMaven(@TempDir Path dir) throws Exception {
    assertThat(exec(dir, List.of("tar", "xzf", archive().toString())).code()).isZero();
    Path home;
    try (Stream<Path> s = Files.list(dir)) {
      home = s.findFirst().orElseThrow();
    }
    for (String part :
        List.of(
            "bin/advisor",
            "lib/advisor.jar",
            "man/man1/advisor-recommend.1",
            "completion/advisor.bash",
            "README.md",
            "LICENSE")) {
      assertThat(home.resolve(part)).exists();
    }
    Path elsewhere = Files.createDirectories(dir.resolve("work"));
    Proc run =
        exec(
            elsewhere,
            List.of(
                home.resolve("bin/advisor").toString(), "recommend", "--task", "classification"));
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out().lines().filter(l -> l.matches("\\s*\\d+\\s+\\S+.*")).count())
        .isGreaterThanOrEqualTo(5);
    assertThat(run.out()).doesNotContain("building");
  }

  @Test
  void completionScriptIsValidBash() throws Exception {
    Proc check =
        exec(
            BASE, List.of("bash", "-n", BASE.resolve("target/completion/advisor.bash").toString()));
    assertThat(check.code()).as(check.out()).isZero();
    String script = Files.readString(BASE.resolve("target/completion/advisor.bash"));
    assertThat(script).contains("recommend").contains("classification").contains("t5-base");
    // Every command has its completion function, the MCP server's too.
    assertThat(script).contains("function _picocli_advisor_mcp()");
  }

  @Test
  void committedManPagesAreUpToDateAndRender() throws Exception {
    try (Stream<Path> pages = Files.list(BASE.resolve("target/man/man1"))) {
      for (Path page : pages.toList()) {
        Golden.assertMatchesFile(
            Files.readString(page), BASE.resolve("man/man1").resolve(page.getFileName()));
      }
    }
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/man")), "man is not installed");
    Proc man =
        exec(BASE, List.of("man", "-l", BASE.resolve("man/man1/advisor-recommend.1").toString()));
    assertThat(man.code()).isZero();
    assertThat(man.out())
        .contains("NAME")
        .contains("SYNOPSIS")
        .contains("DESCRIPTION")
        .contains("advisor recommend");
  }
}
