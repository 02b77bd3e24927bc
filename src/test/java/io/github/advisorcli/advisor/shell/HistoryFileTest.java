package io.github.advisorcli.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.cli.Cli;
import io.github.advisorcli.advisor.cli.Environment;
import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A history file the shell cannot use (a directory, not UTF-8, not writable, a FIFO) is one warning
 * line on stderr; the shell then runs its commands without history and leaves the file alone.
 */
class HistoryFileTest {
  @TempDir Path dir;

  /** What the shell printed to its terminal and to stderr. */
  private record Session(String screen, String err) {}

  private Session shell(Path history) {
    return assertTimeoutPreemptively(
        Backstop.inProcess(),
        () -> {
          StringWriter err = new StringWriter();
          ByteArrayOutputStream screen = new ByteArrayOutputStream();
          PipedOutputStream keys = new PipedOutputStream();
          PipedInputStream stdin = new PipedInputStream(keys, 1 << 16);
          // Each line is typed once the shell prompts for it, as a person would.
          Thread typist =
              new Thread(
                  () -> {
                    try {
                      List<String> lines = List.of("list --task ner --format csv", "exit");
                      for (int i = 0; i < lines.size(); i++) {
                        while (prompts(screen) <= i) {
                          Thread.sleep(10);
                        }
                        keys.write((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
                        keys.flush();
                      }
                    } catch (Exception e) {
                      // the shell has gone; nothing more to type
                    }
                  });
          typist.setDaemon(true);
          try (Terminal terminal =
              TerminalBuilder.builder()
                  .streams(stdin, screen)
                  .type("dumb")
                  .encoding(StandardCharsets.UTF_8)
                  .build()) {
            typist.start();
            PrintWriter out = new PrintWriter(terminal.writer(), true);
            CommandLine commands =
                Cli.create(
                    new Environment(
                        out,
                        new PrintWriter(err, true),
                        Map.of("XDG_CONFIG_HOME", "/nonexistent"),
                        CliRun.basedir(),
                        false));
            new Shell(commands, terminal, history, "advisor> ").run();
          } finally {
            keys.close();
            typist.interrupt();
          }
          return new Session(screen.toString(StandardCharsets.UTF_8), err.toString());
        });
  }

  private static int prompts(ByteArrayOutputStream bytes) {
    String screen;
    synchronized (bytes) {
      screen = bytes.toString(StandardCharsets.UTF_8);
    }
    return screen.split("advisor> ", -1).length - 1;
  }

  private static void assertWarnedAndRan(Session s, Path history, String reason) {
    assertThat(s.err().lines())
        .as("stderr")
        .containsExactly(
            "advisor: warning: " + history + ": " + reason + "; the shell goes on without history");
    assertThat(s.screen()).as("the command after the warning ran").contains("ID,FAMILY,ARCH");
  }

  @Test
  void aDirectory() throws Exception {
    Path history = Files.createDirectories(dir.resolve("history"));
    assertWarnedAndRan(shell(history), history, "it is not a regular file");
    assertThat(history).isDirectory().isEmptyDirectory();
  }

  @Test
  void notUtf8() throws Exception {
    Path history = dir.resolve("history");
    byte[] latin1 = "recommend --task caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(history, latin1);
    assertWarnedAndRan(shell(history), history, "it is not UTF-8 text");
    assertThat(Files.readAllBytes(history)).isEqualTo(latin1);
  }

  @Test
  void notWritable() throws Exception {
    Path history = dir.resolve("history");
    Files.writeString(history, "tasks\n");
    Files.setPosixFilePermissions(history, PosixFilePermissions.fromString("r--r--r--"));
    assumeFalse(Files.isWritable(history), "this user (root) may write any file");
    assertWarnedAndRan(shell(history), history, "permission denied");
    assertThat(Files.readString(history)).isEqualTo("tasks\n");
  }

  @Test
  void aFifo() throws Exception {
    Path history = dir.resolve("history");
    int made;
    try {
      made = new ProcessBuilder("mkfifo", history.toString()).start().waitFor();
    } catch (java.io.IOException e) {
      made = -1;
    }
    assumeTrue(made == 0 && Files.exists(history), "mkfifo is not available");
    // Opening a FIFO with no writer blocks: the shell must not open it at all.
    assertWarnedAndRan(shell(history), history, "it is not a regular file");
    assertThat(Files.isRegularFile(history)).isFalse();
  }
}
