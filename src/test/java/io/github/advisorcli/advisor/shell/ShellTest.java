package io.github.advisorcli.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.cli.Cli;
import io.github.advisorcli.advisor.cli.Environment;
import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The shell driven through a JLine terminal over streams: completion, commands, errors, exit. */
class ShellTest {
  private static CommandLine commands(PrintWriter out) {
    Environment env =
        new Environment(
            out, out, Map.of("XDG_CONFIG_HOME", "/nonexistent"), CliRun.basedir(), false);
    return Cli.create(env);
  }

  @Test
  void completesCommandsOptionsModelIdsTaskNamesAndLicenses() {
    CommandCompleter completer =
        new CommandCompleter(commands(new PrintWriter(new ByteArrayOutputStream())));
    assertThat(completer.complete(List.of("reco"), 0, 4)).containsExactly("recommend");
    assertThat(completer.complete(List.of("recommend", "--ta"), 1, 4)).contains("--task");
    assertThat(completer.complete(List.of("recommend", "--task", "clas"), 2, 4))
        .containsExactly("classification");
    assertThat(completer.complete(List.of("recommend", "--task", "文本"), 2, 2))
        .containsExactlyInAnyOrder("文本分类", "文本生成");
    assertThat(completer.complete(List.of("show", "t5-b"), 1, 4)).containsExactly("t5-base");
    assertThat(completer.complete(List.of("list", "--license", "Apache"), 2, 6))
        .contains("Apache-2.0");
    assertThat(completer.complete(List.of("catalog", "val"), 1, 3)).containsExactly("validate");
  }

  @Test
  void runsCommandsSurvivesErrorsAndExits(@TempDir Path state) throws Exception {
    List<String> lines =
        List.of(
            "list --task ner --format csv",
            "show t6",
            "",
            "recommend --task 命名实体识别 --top 1 --format csv",
            "exit",
            "list");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PipedOutputStream keys = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(keys, 1 << 16);
    // Type each line only once the shell prompts for it, as a person would; the backstop only
    // keeps a shell that never prompts from hanging the test.
    long backstop = Backstop.inProcess().toNanos();
    Thread typist =
        new Thread(
            () -> {
              try {
                for (int i = 0; i < lines.size(); i++) {
                  long deadline = System.nanoTime() + backstop;
                  while (prompts(bytes) <= i && System.nanoTime() < deadline) {
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
    Path history = state.resolve("advisor/history");
    try (Terminal terminal =
        TerminalBuilder.builder()
            .streams(stdin, bytes)
            .type("dumb")
            .encoding(StandardCharsets.UTF_8)
            .build()) {
      typist.start();
      PrintWriter out = new PrintWriter(terminal.writer(), true);
      new Shell(commands(out), terminal, history, "advisor> ").run();
    } finally {
      keys.close();
    }
    assertThat(Files.readString(history)).contains("show t6");
    String screen = bytes.toString(StandardCharsets.UTF_8);
    assertThat(screen).contains("ID,FAMILY,ARCH,PARAMS,CONTEXT,LICENSE,TASKS");
    assertThat(screen).contains("advisor: unknown model 't6' — did you mean: t5?");
    assertThat(screen).contains("#,MODEL,SCORE");
    // exit ends the shell: the list after it never runs.
    assertThat(screen.split("ID,FAMILY", -1)).hasSize(2);
  }

  private static int prompts(ByteArrayOutputStream bytes) {
    String screen;
    synchronized (bytes) {
      screen = bytes.toString(StandardCharsets.UTF_8);
    }
    return screen.split("advisor> ", -1).length - 1;
  }

  @Test
  void withoutATerminalItRunsEveryLineToTheEnd() {
    StringWriter out = new StringWriter();
    Environment env =
        new Environment(
            new PrintWriter(out, true),
            new PrintWriter(out, true),
            Map.of("XDG_CONFIG_HOME", "/nonexistent"),
            CliRun.basedir(),
            false,
            new ByteArrayInputStream(
                "tasks --format csv\nshow t6\nlicenses --format csv\n"
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(Cli.create(env).execute("shell")).isZero();
    assertThat(out.toString())
        .contains("classification")
        .contains("unknown model 't6'")
        .contains("Apache-2.0");
  }
}
