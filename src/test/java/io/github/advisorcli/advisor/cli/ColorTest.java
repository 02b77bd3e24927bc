package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour only where asked for or on a terminal, and only in tables. */
class ColorTest {
  private static final String ESC = "\u001b[";

  @Test
  void alwaysColoursTablesButNeverDataFormats() {
    String table =
        CliRun.run("--color", "always", "recommend", "--task", "classification").assertOk().out();
    assertThat(table).contains(ESC + "1m").contains(ESC + "32m");
    for (String format : new String[] {"json", "csv", "markdown", "yaml"}) {
      String out =
          CliRun.run(
                  "--color", "always", "recommend", "--task", "classification", "--format", format)
              .assertOk()
              .out();
      assertThat(out).as(format).doesNotContain("\u001b");
    }
  }

  /** SGR 21 is "double underline" in xterm, VTE, kitty and tmux: bold must end with SGR 22. */
  @Test
  void boldEndsWithNormalIntensityNotDoubleUnderline() {
    String[][] runs = {
      {"--color", "always", "licenses"},
      {"--color", "always", "recommend", "--task", "classification"},
      {"--color", "always", "recommend", "--help"},
      {"--color", "always", "help"},
    };
    for (String[] args : runs) {
      String out = CliRun.run(args).assertOk().out();
      assertThat(out).as(String.join(" ", args)).contains(ESC + "1m").contains(ESC + "22m");
      assertThat(out).as(String.join(" ", args)).doesNotContain(ESC + "21m");
    }
    String err = CliRun.run("--color", "always", "show", "t6").assertExit(2).err();
    assertThat(err).doesNotContain(ESC + "21m");
  }

  @Test
  void autoIsPlainWithoutATerminalAndNeverIsPlain() {
    assertThat(CliRun.run("recommend", "--task", "classification").out()).doesNotContain("\u001b");
    assertThat(CliRun.run("--color", "never", "licenses").out()).doesNotContain("\u001b");
  }

  @Test
  void clicolorForceColoursAndNoColorWins() {
    assertThat(CliRun.run(Map.of("CLICOLOR_FORCE", "1"), "licenses").out()).contains(ESC);
    assertThat(CliRun.run(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), "licenses").out())
        .doesNotContain("\u001b");
  }

  @Test
  void errorsAreColouredOnlyWhenAsked() {
    assertThat(CliRun.run("--color", "always", "show", "t6").assertExit(2).err()).contains(ESC);
    assertThat(CliRun.run("show", "t6").assertExit(2).err()).doesNotContain("\u001b");
  }
}
