package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bash completion script, run by bash itself with COMP_WORDS and COMP_CWORD. */
class BashCompletionTest {
  @TempDir static Path dir;
  private static Path script;

  @BeforeAll
  static void write() throws Exception {
    script = dir.resolve("advisor.bash");
    Files.writeString(script, CliRun.run("completion", "bash").assertOk().out());
  }

  private static boolean bashPresent() {
    try {
      return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  /** COMPREPLY for the words, the last being the one completed. */
  static List<String> complete(String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w.replace("'", "'\\''")).append("'");
    }
    String program =
        "source '"
            + script
            + "'\n"
            + "COMP_WORDS=("
            + array
            + ")\nCOMP_CWORD="
            + (words.length - 1)
            + "\nCOMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()\n"
            + "_complete_advisor advisor >/dev/null 2>&1\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Path file = dir.resolve("run.sh");
    Files.writeString(file, program, StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder("bash", "--norc", "--noprofile", file.toString())
            .redirectErrorStream(true)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(Backstop.inProcess().toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    return out.lines().filter(l -> !l.isEmpty()).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "licenses,                                 | Apache-2.0",
        "licenses,Apa                              | Apache-2.0",
        "recommend,--license,                      | MIT",
        "recommend,--license-category,             | non-commercial",
        "licenses,--category,                      | weak-copyleft",
        "list,--family,                            | roberta",
        "catalog,fetch,hf,--task,                  | classification",
        "--lang,                                   | zh",
        "recommend,--lang,z                        | zh",
        "recommend,--license,=                     | Apache-2.0",
        "recommend,--license,=,M                   | MIT",
        "recommend,--task,=,sen                    | sentiment",
        "list,--license-category,=                 | NONE",
      })
  void offersCandidates(String words, String expected) throws Exception {
    assumeTrue(bashPresent(), "bash is installed");
    String[] parts = ("advisor," + words.strip()).split(",", -1);
    List<String> reply = complete(parts);
    if (expected.equals("NONE")) {
      assertThat(reply).isEmpty();
    } else {
      assertThat(reply).contains(expected);
      String last = parts[parts.length - 1];
      if (!last.isEmpty() && !last.equals("=")) {
        assertThat(reply).allMatch(r -> r.startsWith(last));
      }
    }
  }
}
