package io.github.advisorcli.advisor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.advisorcli.advisor.testing.Backstop;
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
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash", CliRun.basedir().resolve("src/test/shell/shell-in-tmux.sh").toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    // Each step may wait as long as the whole run: only the backstop ends a slow run.
    pb.environment().put("ADVISOR_TMUX_WAIT", Long.toString(Backstop.jar().toSeconds()));
    Process p = pb.start();
    assertThat(p.waitFor(Backstop.jar().toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    String text = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    assertThat(p.exitValue()).as(text).isZero();
    assertThat(text).contains("shell-in-tmux: passed");
  }
}
