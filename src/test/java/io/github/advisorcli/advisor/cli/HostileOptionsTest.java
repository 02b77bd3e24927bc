package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.render.Output;
import io.github.advisorcli.advisor.testing.CliRun;
import org.junit.jupiter.api.Test;

/**
 * Option values out of range or ambiguous: usage errors that name the problem, never a silent
 * result.
 */
class HostileOptionsTest {
  private static void usageError(CliRun run, String expected) {
    run.assertExit(2);
    assertThat(run.err()).contains(expected).doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void widthOutOfRangeIsAUsageError() {
    usageError(CliRun.run("--width", "0", "recommend", "--task", "ner"), "must be between 20 and");
    usageError(CliRun.run("--width", "-5", "tasks"), "must be between 20 and");
    usageError(CliRun.run("--width", "100000", "tasks"), "must be between 20 and");
    CliRun.run("--width", "20", "recommend", "--task", "ner", "--top", "1").assertOk();
  }

  @Test
  void hugeWeightsAreRefusedNotSummedToInfinity() {
    usageError(
        CliRun.run("recommend", "--task", "ner", "--weights", "task_fit=1e308,performance=1e308"),
        "must be at most 1000000");
    CliRun ok =
        CliRun.run(
            "recommend", "--task", "ner", "--weights", "task_fit=1000000,performance=1000000");
    ok.assertOk();
    assertThat(ok.out()).doesNotContain(" 0.00  ");
  }

  @Test
  void aMemoryLimitBeyondRangeIsRefusedNotWrapped() {
    usageError(
        CliRun.run("recommend", "--task", "ner", "--max-memory", "99999999999999999999TiB"),
        "is too large");
  }

  @Test
  void ambiguousWeightsAndLanguagesAreUsageErrors() {
    usageError(CliRun.run("recommend", "--task", "ner", "--weights", ",,,"), "empty entry");
    usageError(
        CliRun.run("recommend", "--task", "ner", "--weights", "perf=1,performance=2"),
        "names performance twice");
    usageError(CliRun.run("recommend", "--task", "ner", "--weights", "perf"), "CRITERION=WEIGHT");
    usageError(CliRun.run("--lang", "xx", "list"), "unknown language 'xx'");
    CliRun.run("--lang", "zh_CN", "tasks").assertOk();
  }

  @Test
  void yamlEscapesBidiControlsAsJsonDoes() throws Exception {
    record View(String name, String note) {}
    String yaml = Output.yaml(new View("a\u202Eb", "x\u2066y\u2069\nz"));
    assertThat(yaml).doesNotContain("\u202E").doesNotContain("\u2066").doesNotContain("\u2069");
    assertThat(yaml).contains("\\u202E").contains("\\u2066");
    var back = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readValue(yaml, View.class);
    assertThat(back).isEqualTo(new View("a\u202Eb", "x\u2066y\u2069\nz"));
    assertThat(Output.yaml(new View("中文", "plain"))).contains("中文");
  }

  @Test
  void ioReasonsNameNoJavaClass() {
    assertThat(
            AdvisorException.reason(
                new java.io.IOException("java.io.IOException: No space left on device")))
        .isEqualTo("No space left on device");
    assertThat(AdvisorException.reason(new java.nio.file.NoSuchFileException("/x/.f.123.tmp")))
        .isEqualTo("no such file or folder");
  }
}
