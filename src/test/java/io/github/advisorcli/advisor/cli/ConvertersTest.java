package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * picocli is told to leave out its built-in converters for java.sql and java.time types; no option
 * may need one of them.
 */
class ConvertersTest {
  private static void collect(CommandLine cmd, List<String> out) {
    for (ArgSpec arg : cmd.getCommandSpec().args()) {
      if (arg.converters().length > 0) {
        continue;
      }
      for (Class<?> type : arg.auxiliaryTypes()) {
        out.add(cmd.getCommandName() + " " + arg.paramLabel() + ": " + type.getName());
      }
    }
    for (CommandLine sub : cmd.getSubcommands().values()) {
      collect(sub, out);
    }
  }

  @Test
  void noOptionNeedsAConverterThatIsLeftOut() {
    Environment env =
        new Environment(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Map.of(),
            CliRun.basedir(),
            false);
    List<String> types = new ArrayList<>();
    collect(Cli.create(env), types);
    assertThat(types).anyMatch(t -> t.endsWith(": java.time.LocalDate"));
    Pattern excluded = Pattern.compile(Cli.CONVERTERS_EXCLUDED);
    assertThat(types)
        .hasSizeGreaterThan(50)
        .noneMatch(t -> excluded.matcher(t.substring(t.lastIndexOf(' ') + 1)).matches());
  }

  @Test
  void theExclusionKeepsLocalDateAndLeavesOutTheRest() {
    Pattern excluded = Pattern.compile(Cli.CONVERTERS_EXCLUDED);
    assertThat(excluded.matcher("java.time.LocalDate").matches()).isFalse();
    assertThat(excluded.matcher("java.nio.file.Path").matches()).isFalse();
    assertThat(excluded.matcher("java.time.LocalDateTime").matches()).isTrue();
    assertThat(excluded.matcher("java.time.Duration").matches()).isTrue();
    assertThat(excluded.matcher("java.sql.Timestamp").matches()).isTrue();
  }
}
