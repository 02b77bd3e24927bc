package io.github.advisorcli.advisor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.cli.Cli;
import io.github.advisorcli.advisor.cli.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One in-process run of the CLI through the production factory, with output captured. Width 100 and
 * no colour unless the arguments say otherwise.
 *
 * @param exitCode the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
public record CliRun(int exitCode, String out, String err) {
  /** The project's folder, where test resources live. */
  public static Path basedir() {
    return Path.of(System.getProperty("advisor.basedir", "")).toAbsolutePath();
  }

  public static CliRun run(String... args) {
    return run(Map.of(), args);
  }

  public static CliRun run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> environment = new HashMap<>(env);
    // Never read the developer's own config file.
    environment.putIfAbsent("XDG_CONFIG_HOME", basedir().resolve("target/no-config").toString());
    Environment e =
        new Environment(
            new PrintWriter(out, true), new PrintWriter(err, true), environment, basedir(), false);
    int code = Cli.run(e, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  public CliRun assertExit(int expected) {
    assertThat(exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(expected);
    return this;
  }

  public CliRun assertOk() {
    return assertExit(0);
  }
}
