package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The terminal is measured at most once per run, and only when a table or help is laid out. */
class TerminalInfoTest {
  private final AtomicInteger probes = new AtomicInteger();
  private final StringWriter out = new StringWriter();

  private int run(boolean terminal, Map<String, String> env, String... args) {
    Map<String, String> environment = new HashMap<>(env);
    environment.put("XDG_CONFIG_HOME", CliRun.basedir().resolve("target/no-config").toString());
    environment.put("NO_COLOR", "1");
    Session session =
        new Session(
            new Environment(
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true),
                environment,
                CliRun.basedir(),
                terminal));
    session
        .terminal()
        .probe(
            () -> {
              probes.incrementAndGet();
              return 72;
            });
    return Cli.create(session, List.of(args)).execute(args);
  }

  private int run(boolean terminal, String... args) {
    return run(terminal, Map.of(), args);
  }

  @Test
  void versionJsonAndPipedOutputNeverMeasure() {
    assertThat(run(true, "--version")).isZero();
    assertThat(run(true, "recommend", "--task", "classification", "--format", "json")).isZero();
    assertThat(run(true, "list", "--format", "csv")).isZero();
    assertThat(run(false, "recommend", "--task", "classification")).isZero();
    assertThat(run(false, "--help")).isZero();
    assertThat(probes).hasValue(0);
  }

  @Test
  void aTableOnATerminalMeasuresOnceAndUsesTheWidth() {
    assertThat(run(true, "recommend", "--task", "classification", "--explain")).isZero();
    assertThat(probes).hasValue(1);
    assertThat(out.toString().lines())
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(72));
  }

  @Test
  void helpOnATerminalMeasuresOnce() {
    assertThat(run(true, "--help")).isZero();
    assertThat(probes).hasValue(1);
    assertThat(run(true, "help", "recommend")).isZero();
    assertThat(probes).hasValue(2);
  }

  @Test
  void aGivenWidthOrColumnsIsNotMeasured() {
    assertThat(run(true, "--width", "80", "tasks")).isZero();
    assertThat(run(true, Map.of("COLUMNS", "90"), "tasks")).isZero();
    assertThat(probes).hasValue(0);
  }

  @Test
  void aFailingProbeFallsBackToTheDefaultWidth() {
    Environment env =
        new Environment(
            new PrintWriter(out, true),
            new PrintWriter(out, true),
            Map.of(),
            CliRun.basedir(),
            true);
    TerminalInfo terminal =
        new TerminalInfo(
            env,
            () -> {
              probes.incrementAndGet();
              throw new IllegalStateException("no terminal");
            });
    assertThat(terminal.width(null)).isEqualTo(TerminalInfo.DEFAULT_WIDTH);
    assertThat(terminal.width(null)).isEqualTo(TerminalInfo.DEFAULT_WIDTH);
    assertThat(probes).hasValue(1);
  }
}
