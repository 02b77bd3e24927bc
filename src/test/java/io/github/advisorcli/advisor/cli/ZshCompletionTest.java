package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.testing.Backstop;
import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native zsh completion function, loaded by zsh through fpath when zsh is installed. */
class ZshCompletionTest {
  private static String script() {
    return CliRun.run("completion", "zsh").assertOk().out();
  }

  @Test
  void isANativeFunctionThatLeavesTheShellAlone() {
    String script = script();
    assertThat(script).startsWith("#compdef advisor\n");
    assertThat(script)
        .doesNotContain("bashcompinit")
        .doesNotContain("compopt")
        .doesNotContain("COMPLETE_ALIASES")
        .doesNotContain("alias ");
    assertThat(script).contains("_advisor__licenses()").contains("_arguments");
    // license ids for licenses' argument, categories for --category, files for --catalog
    assertThat(script).contains("'1:LICENSE:(Apache-2.0 MIT ");
    assertThat(script).contains("--category=[").contains("(permissive weak-copyleft ");
    assertThat(script).contains("--catalog=[").contains(":FILE:_files'");
  }

  private static String zsh(Path dir, String program) throws Exception {
    Path file = dir.resolve("test.zsh");
    Files.writeString(file, program, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("zsh", "-f", file.toString()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(Backstop.inProcess().toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    return out + "exit=" + p.exitValue();
  }

  private static boolean zshPresent() {
    try {
      return new ProcessBuilder("zsh", "-f", "-c", "true").start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void zshLoadsItThroughFpath(@TempDir Path dir) throws Exception {
    assumeTrue(zshPresent(), "zsh is installed");
    Path functions = Files.createDirectories(dir.resolve("functions"));
    Files.writeString(functions.resolve("_advisor"), script(), StandardCharsets.UTF_8);
    assertThat(zsh(dir, "zsh -n " + functions.resolve("_advisor") + "\n")).endsWith("exit=0");
    String out =
        zsh(
            dir,
            "fpath=("
                + functions
                + " $fpath)\n"
                + "autoload -U compinit\ncompinit -u -D\n"
                + "print -r -- \"comps=$_comps[advisor]\"\n"
                + "autoload +X _advisor\n_advisor 2>/dev/null\n"
                + "print -r -- \"licenses=$+functions[_advisor__licenses]\"\n"
                + "print -r -- \"fetch=$+functions[_advisor__catalog__fetch__hf]\"\n"
                + "[[ -o completealiases ]] && print aliases=on || print aliases=off\n");
    assertThat(out)
        .contains("comps=_advisor")
        .contains("licenses=1")
        .contains("fetch=1")
        .contains("aliases=off");
  }
}
