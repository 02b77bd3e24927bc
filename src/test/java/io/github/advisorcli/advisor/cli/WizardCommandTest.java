package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wizard reading its answers line by line, as in a script. */
class WizardCommandTest {
  private static CliRun wizard(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env =
        new Environment(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of("XDG_CONFIG_HOME", "/nonexistent"),
            CliRun.basedir(),
            false,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    int code = Cli.create(env).execute(args.length == 0 ? new String[] {"wizard"} : args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void answersBecomeTheEquivalentCommand() {
    CliRun run = wizard("ner\nresearch\n8GiB\nint4\nen\nlicense,task_fit\n").assertOk();
    assertThat(run.out())
        .contains("Task ner · use research")
        .contains("1. ")
        .contains("The same ranking as a command:")
        .contains(
            "advisor recommend --task ner --use research --max-memory 8GiB --precision int4 --language en --rank-criteria license,task_fit");
  }

  @Test
  void emptyAnswersAndEndOfInputTakeTheDefaults() {
    CliRun run = wizard("\n").assertOk();
    assertThat(run.out())
        .contains("(end of input: using the default")
        .endsWith("advisor recommend --task classification\n");
    assertThat(wizard("").assertOk().out()).endsWith("advisor recommend --task classification\n");
  }

  @Test
  void invalidAnswersAreAskedAgainThenFailClearly() {
    CliRun retried = wizard("clasification\nsentiment\n").assertOk();
    assertThat(retried.out())
        .contains("unknown task 'clasification' — did you mean: classification?");
    assertThat(retried.out()).contains("advisor recommend --task sentiment");
    CliRun failed = wizard("x\ny\nz\n").assertExit(2);
    assertThat(failed.err()).isEqualTo("advisor: unknown task 'z'\n");
  }

  @Test
  void chineseTaskAndRecommendInteractive() {
    CliRun run = wizard("情感分析\n", "recommend", "--interactive").assertOk();
    assertThat(run.out()).contains("advisor recommend --task sentiment");
  }
}
