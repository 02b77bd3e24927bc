package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds the subcommand its arguments name, and every one only where they are listed. */
class LazyCommandsTest {
  private static List<String> built(String... args) {
    Environment env =
        new Environment(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Map.of(),
            CliRun.basedir(),
            false);
    return List.copyOf(Cli.create(new Session(env), List.of(args)).getSubcommands().keySet());
  }

  private static final List<String> ALL = List.copyOf(Cli.COMMANDS.keySet());

  @Test
  void theNamedCommandOnly() {
    assertThat(built("recommend", "--task", "classification")).containsExactly("recommend");
    assertThat(built("--width", "80", "--catalog", "list", "show", "t5")).containsExactly("show");
    assertThat(built("--catalog=x.yaml", "--debug", "catalog", "validate", "x"))
        .containsExactly("catalog");
    assertThat(built("--version")).isEmpty();
  }

  @Test
  void everyCommandWhereTheyAreListed() {
    assertThat(built()).isEqualTo(ALL);
    assertThat(built("--help")).isEqualTo(ALL);
    assertThat(built("--version", "--help")).isEqualTo(ALL);
    assertThat(built("help", "recommend")).isEqualTo(ALL);
    assertThat(built("completion", "bash")).isEqualTo(ALL);
    assertThat(built("recomend")).isEqualTo(ALL);
    assertThat(built("--bogus", "recommend")).isEqualTo(ALL);
    assertThat(built("--", "recommend")).isEqualTo(ALL);
  }

  @Test
  void theTableNamesEachCommandAsItsAnnotationDoes() {
    Cli.COMMANDS.forEach(
        (name, type) ->
            assertThat(type.getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));
  }
}
