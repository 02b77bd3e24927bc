package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.run("--help").assertOk();
    assertThat(run.out())
        .contains("Exit codes:")
        .containsPattern("\\b0\\s+success")
        .containsPattern("\\b1\\s+`check` found policy violations")
        .containsPattern("\\b2\\s+invalid usage or input")
        .containsPattern("\\b70\\s+internal error");
  }

  @Test
  void versionNamesTheCatalog() {
    CliRun run = CliRun.run("--version").assertOk();
    assertThat(run.out())
        .containsPattern("advisor \\S+\\R")
        .containsPattern("catalog as of \\d{4}-\\d{2}-\\d{2}, \\d+ models");
  }

  @Test
  void unknownOptionIsAShortUsageError() {
    CliRun run = CliRun.run("list", "--colour").assertExit(ExitCodes.INPUT);
    assertThat(run.err()).startsWith("advisor: Unknown option: '--colour'");
    assertThat(run.err()).contains("See 'advisor list --help'.");
    assertThat(run.err().lines().count()).isLessThan(8);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownSubcommandSuggestsTheNearest() {
    CliRun run = CliRun.run("recomend").assertExit(ExitCodes.INPUT);
    assertThat(run.err())
        .contains("Unmatched argument at index 0: 'recomend'")
        .contains("recommend");
  }

  @Test
  void missingRequiredOption() {
    CliRun run = CliRun.run("recommend").assertExit(ExitCodes.INPUT);
    assertThat(run.err())
        .contains("Missing required option: '--task=TASK'")
        .contains("See 'advisor recommend --help'.");
  }

  @picocli.CommandLine.Command(name = "boom")
  static final class Boom implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("unexpected state");
    }
  }

  @Test
  void anUnexpectedExceptionIsAnInternalErrorWithoutATrace() {
    java.io.StringWriter err = new java.io.StringWriter();
    Session session =
        new Session(
            new Environment(
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(err, true),
                java.util.Map.of(),
                java.nio.file.Path.of("."),
                false));
    picocli.CommandLine cmd = new picocli.CommandLine(new Boom());
    cmd.setErr(new java.io.PrintWriter(err, true));
    cmd.setExecutionExceptionHandler(
        new ExecutionErrors(
            session.options(), new UsageErrors(session.environment(), session.services())));
    assertThat(cmd.execute()).isEqualTo(ExitCodes.INTERNAL);
    assertThat(err.toString())
        .isEqualTo(
            "advisor: internal error: IllegalStateException: unexpected state\n"
                + "re-run with --debug for details\n");
  }

  @Test
  void constantsAreTheDocumentedOnes() {
    assertThat(new int[] {ExitCodes.OK, ExitCodes.VIOLATIONS, ExitCodes.INPUT, ExitCodes.INTERNAL})
        .containsExactly(0, 1, 2, 70);
  }

  @Test
  void helpListsAFailedWriteOfTheOutputAsExitOneInBothLanguages() {
    String english = CliRun.run("--lang", "en", "--width", "160", "--help").assertOk().out();
    assertThat(english)
        .containsPattern(
            "(?m)^ +1 +`check` found policy violations, or the output could not be written");
    String chinese = CliRun.run("--lang", "zh", "--width", "160", "--help").assertOk().out();
    assertThat(chinese).containsPattern("(?m)^ +1 +`check` 发现违反策略的情况，或输出无法写入");
  }
}
