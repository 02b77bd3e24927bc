package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.JarRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment around the files, as the packaged jar meets it: output that cannot be written,
 * closed and special standard streams, signals during a write, bad values from the config file.
 * Each ends in one clear line on stderr and the documented exit code, never a stack trace.
 */
class HostileEnvironmentIT {
  private static final Path JAR =
      Path.of(
          System.getProperty(
              "advisor.jar", CliRun.basedir().resolve("target/advisor.jar").toString()));

  record Proc(int code, String out, String err) {}

  /** Runs the jar through sh, so the redirections of a shell (>&-, > /dev/full) can be used. */
  private static Proc sh(Path dir, Map<String, String> env, String script) throws Exception {
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder("sh", "-c", script.replace("ADVISOR", java + " -jar '" + JAR + "'"))
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().remove("ADVISOR_CATALOG");
    pb.environment().put("NO_COLOR", "1");
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS))
        .as("%s finished", script)
        .isTrue();
    Proc proc =
        new Proc(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return proc;
  }

  private static void assertOneLine(Proc p, String expected) {
    assertThat(p.err()).as("stderr").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(p.err().lines().toList()).as("stderr").hasSize(1);
    assertThat(p.err()).contains(expected);
  }

  @Test
  void outputThatCannotBeWrittenIsAnError(@TempDir Path dir) throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
    Proc full = sh(dir, Map.of(), "ADVISOR list --format json > /dev/full");
    assertThat(full.code()).isEqualTo(1);
    assertOneLine(full, "advisor: cannot write the output: No space left on device");

    Proc closed = sh(dir, Map.of(), "ADVISOR list >&-");
    assertThat(closed.code()).isEqualTo(1);
    assertOneLine(closed, "advisor: cannot write the output:");
  }

  @Test
  void aReaderThatStopsEarlyIsNotAnError(@TempDir Path dir) throws Exception {
    Proc pipe = sh(dir, Map.of(), "ADVISOR list --format csv | head -c 10 >/dev/null; exit 0");
    assertThat(pipe.err()).isEmpty();
    Proc status =
        sh(
            dir,
            Map.of(),
            "{ ADVISOR list --format csv; echo $? > status; } | head -c 10 >/dev/null; cat status");
    assertThat(status.out().trim()).isEqualTo("0");
    assertThat(status.err()).isEmpty();
  }

  @Test
  void aClosedStandardInputIsRefusedNotRead(@TempDir Path dir) throws Exception {
    Proc shell = sh(dir, Map.of(), "ADVISOR shell <&-");
    assertThat(shell.code()).isEqualTo(2);
    assertOneLine(shell, "standard input is closed");
    Proc wizard = sh(dir, Map.of(), "ADVISOR wizard <&-");
    assertThat(wizard.code()).isEqualTo(2);
    assertOneLine(wizard, "standard input is closed");
  }

  @Test
  void aHugeInputLineIsOneErrorNotAnOutOfMemoryError(@TempDir Path dir) throws Exception {
    Path line = dir.resolve("line.txt");
    Files.writeString(line, "a".repeat(3_000_000) + "\n");
    Proc shell = sh(dir, Map.of(), "ADVISOR shell < line.txt");
    assertThat(shell.code()).isEqualTo(2);
    assertOneLine(shell, "standard input, line 1: longer than 65,536 characters");
    Proc wizard = sh(dir, Map.of(), "ADVISOR wizard < line.txt");
    assertThat(wizard.code()).isEqualTo(2);
    assertThat(wizard.err()).contains("longer than 65,536 characters");
  }

  @Test
  void aPipeAsCatalogOrManifestIsRefusedAtOnce(@TempDir Path dir) throws Exception {
    Proc mkfifo = sh(dir, Map.of(), "mkfifo f.yaml");
    assumeTrue(mkfifo.code() == 0, "mkfifo is not available");
    for (String args :
        List.of("catalog validate f.yaml", "--catalog f.yaml list", "check -m f.yaml")) {
      Proc p = sh(dir, Map.of(), "ADVISOR " + args);
      assertThat(p.code()).as(args).isEqualTo(2);
      assertOneLine(p, "f.yaml: is a pipe, socket or device, not a");
    }
  }

  @Test
  void foldersAndDevicesAreNoOutputFiles(@TempDir Path dir) throws Exception {
    Proc root = sh(dir, Map.of(), "ADVISOR catalog generate --synthetic 10 --output /");
    assertThat(root.code()).isEqualTo(2);
    assertOneLine(root, "advisor: / is a folder; name a file to write");
    Proc device =
        sh(dir, Map.of(), "ADVISOR catalog generate --synthetic 10 --output /dev/null --force");
    assertThat(device.code()).isEqualTo(2);
    assertOneLine(device, "/dev/null is not a regular file");
    assertThat(Path.of("/dev/null")).satisfies(p -> assertThat(Files.isRegularFile(p)).isFalse());
    Files.writeString(dir.resolve("plain"), "x");
    Proc underFile =
        sh(dir, Map.of(), "ADVISOR catalog generate --synthetic 1 --output plain/x.json");
    assertThat(underFile.code()).isEqualTo(2);
    assertOneLine(underFile, "plain is not a folder");
    assertThat(underFile.err()).doesNotContain("already exists").doesNotContain(".tmp");
  }

  @Test
  void anInterruptedWriteLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    for (String signal : List.of("INT", "TERM", "HUP")) {
      Path work = Files.createDirectories(dir.resolve(signal));
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p =
          new ProcessBuilder(
                  java,
                  "-jar",
                  JAR.toString(),
                  "catalog",
                  "generate",
                  "--synthetic",
                  "5000000",
                  "--output",
                  "big.json")
              .directory(work.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      boolean started = false;
      for (int i = 0; i < 600 && !started && p.isAlive(); i++) {
        started = !temporaryFiles(work).isEmpty();
        if (!started) {
          Thread.sleep(50);
        }
      }
      assumeTrue(started && p.isAlive(), "the write ended before it could be interrupted");
      new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
      assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS)).isTrue();
      assertThat(temporaryFiles(work)).as(signal).isEmpty();
      assertThat(work.resolve("big.json")).doesNotExist();
    }
  }

  @Test
  void aStaleTemporaryFileOfTheTargetIsClearedOnTheNextWrite(@TempDir Path dir) throws Exception {
    Path stale = Files.writeString(dir.resolve(".out.json.123456789.tmp"), "half");
    Path other = Files.writeString(dir.resolve(".other.json.123456789.tmp"), "not ours");
    JarRun.run(dir, Map.of(), "catalog", "generate", "--synthetic", "3", "--output", "out.json")
        .assertExit(0);
    assertThat(stale).doesNotExist();
    assertThat(other).exists();
    assertThat(dir.resolve("out.json")).exists();
  }

  @Test
  void configValuesAreBlamedOnTheConfigFileWithItsLine(@TempDir Path dir) throws Exception {
    Path config = Files.createDirectories(dir.resolve("config/advisor")).resolve("config.yaml");
    Files.writeString(config, "# mine\ndefaults:\n  width: 0\n");
    Proc width = sh(dir, Map.of(), "ADVISOR recommend --task ner");
    assertThat(width.code()).isEqualTo(2);
    assertOneLine(width, "config.yaml:3:3: defaults.width: must be between 20 and 1000");
    Proc overridden = sh(dir, Map.of(), "ADVISOR --width 80 tasks");
    assertThat(overridden.code()).isZero();

    Files.writeString(config, "defaults:\n  top: -3\n");
    Proc top = sh(dir, Map.of(), "ADVISOR recommend --task ner");
    assertThat(top.code()).isEqualTo(2);
    assertOneLine(top, "config.yaml:2:3: defaults.top: top must be at least 1");

    Files.writeString(config, "# nothing set yet\n");
    assertThat(sh(dir, Map.of(), "ADVISOR tasks").code()).isZero();
    Files.writeString(config, "");
    assertThat(sh(dir, Map.of(), "ADVISOR tasks").code()).isZero();

    Files.writeString(
        config,
        "profiles:\n  - {id: mine, weights: {performance: 1}}\n"
            + "  - {id: Mine, weights: {performance: 2}}\n");
    Proc twice = sh(dir, Map.of(), "ADVISOR tasks");
    assertThat(twice.code()).isEqualTo(2);
    assertOneLine(twice, "config.yaml:3:6: profile 'Mine' is defined twice");
  }

  private static List<Path> temporaryFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(
          files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
    }
  }
}
