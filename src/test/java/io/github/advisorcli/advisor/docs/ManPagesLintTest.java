package io.github.advisorcli.advisor.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed man pages ({@code man/man1/}, which DistributionIT keeps equal to the ones the
 * build renders) as their readers take them: plain ASCII with a date, ENVIRONMENT, FILES and SEE
 * ALSO, and without a warning from mandoc or groff. The two linters are skipped where they are not
 * installed.
 */
class ManPagesLintTest {
  private static final Pattern TITLE =
      Pattern.compile("(?m)^\\.TH \"[^\"]+\" \"1\" \"\\d{4}-\\d\\d-\\d\\d\" ");

  static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.list(CliRun.basedir().resolve("man/man1"))) {
      List<Path> pages = files.filter(p -> p.toString().endsWith(".1")).sorted().toList();
      assertThat(pages).as("man/man1/*.1").isNotEmpty();
      return pages;
    }
  }

  @Test
  void everyPageIsAsciiAndDatedWithSeeAlso() throws IOException {
    for (Path page : pages()) {
      byte[] bytes = Files.readAllBytes(page);
      for (int i = 0; i < bytes.length; i++) {
        assertThat(bytes[i] & 0xff)
            .as("byte %d of %s (non-ASCII is written \\[uXXXX])", i, page)
            .isLessThan(0x80);
      }
      String text = new String(bytes, StandardCharsets.US_ASCII);
      assertThat(TITLE.matcher(text).find()).as("%s has a dated .TH line", page).isTrue();
      assertThat(text).as("%s", page).contains(".SH \"SEE ALSO\"");
    }
    String root = Files.readString(CliRun.basedir().resolve("man/man1/advisor.1"));
    assertThat(root)
        .contains(".SH \"ENVIRONMENT\"", ".SH \"FILES\"", "ADVISOR_CATALOG", "config.yaml");
    // The Chinese example survives as escapes, with a fallback for devices without the glyphs.
    assertThat(root).contains("\\-\\-task \\[u6587]\\[u672C]\\[u5206]\\[u7C7B]");
    assertThat(root).contains(".if !c\\[u6587] .char \\[u6587] <U+6587>");
  }

  @Test
  void mandocFindsNothingToWarnAbout() throws Exception {
    List<String> command = new ArrayList<>(List.of("mandoc", "-T", "lint", "-W", "warning"));
    pages().forEach(p -> command.add(p.toString()));
    Result r = run(command);
    assertThat(r.output()).as("mandoc -T lint -W warning").isEmpty();
    assertThat(r.exit()).as("mandoc's exit code; output:%n%s", r.output()).isZero();
  }

  @Test
  void groffFindsNothingToWarnAbout() throws Exception {
    for (Path page : pages()) {
      Result r = run(List.of("groff", "-ww", "-z", "-man", page.toString()));
      assertThat(r.output()).as("groff -ww -z -man %s", page).isEmpty();
      assertThat(r.exit()).as("groff's exit code for %s", page).isZero();
    }
  }

  private record Result(int exit, String output) {}

  /** Runs a linter, skipping the test when it is not installed. */
  private static Result run(List<String> command) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, command.get(0) + " is not installed");
      throw e;
    }
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), output);
  }
}
