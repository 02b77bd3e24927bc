package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.render.TextWidth;
import io.github.advisorcli.advisor.testing.CliRun;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Text output at narrow widths: never wider than --width, never a cut id or number. */
class NarrowTerminalTest {
  private static void fits(String out, int width) {
    for (String line : out.split("\n")) {
      assertThat(TextWidth.of(line)).as("at width %d: %s", width, line).isLessThanOrEqualTo(width);
    }
  }

  @Test
  void checkWrapsFindingsWithinTheWidth() {
    for (int width = 40; width <= 100; width += 3) {
      CliRun run =
          CliRun.run(
                  "--width",
                  Integer.toString(width),
                  "check",
                  "--manifest",
                  "src/test/resources/manifests/noncommercial.yaml")
              .assertExit(1);
      fits(run.out(), width);
    }
  }

  @Test
  void recommendAtEightyAndSixtyKeepsIdsAndScoresWhole() {
    for (int width : new int[] {80, 60}) {
      String out =
          CliRun.run("--width", Integer.toString(width), "recommend", "--task", "classification")
              .assertOk()
              .out();
      fits(out, width);
      assertThat(out).contains(" roberta-large ").doesNotContain("roberta-l…");
      Matcher scores = Pattern.compile("\\d\\.\\d\\d").matcher(out);
      assertThat(scores.find()).isTrue();
      assertThat(out).doesNotContain("0…").doesNotContain("1…");
      assertThat(out).containsIgnoringCase("hidden to fit");
    }
    assertThat(CliRun.run("--width", "160", "recommend", "--task", "classification").out())
        .doesNotContain("hidden");
  }

  @Test
  void licensesAtEightyShowCounts() {
    String out = CliRun.run("--width", "80", "licenses").assertOk().out();
    fits(out, 80);
    assertThat(out).containsPattern("Apache-2\\.0 .* \\d+");
    for (String line : out.split("\n")) {
      assertThat(line).doesNotEndWith(" …");
    }
  }
}
