package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs src/test/shell/shell-in-tmux.sh: the shell in a real terminal, driven key by key. */
class ShellInTmuxIT {
  @Test
  void shellWorksInARealTerminal() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/tmux"))
            || Files.isExecutable(Path.of("/usr/local/bin/tmux")),
        "tmux is not installed");
    Path out = Files.createTempFile("tmux", ".txt");
    Process p =
        new ProcessBuilder(
                "bash", CliRun.basedir().resolve("src/test/shell/shell-in-tmux.sh").toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    assertThat(p.exitValue()).as(text).isZero();
    assertThat(text).contains("shell-in-tmux: passed");
  }
}
