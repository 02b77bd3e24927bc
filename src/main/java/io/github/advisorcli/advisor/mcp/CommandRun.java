package io.github.advisorcli.advisor.mcp;

import java.util.List;

/**
 * One run of a command of the tree, as the command line would run it, with its output captured.
 *
 * @param exitCode the exit code
 * @param out what the command wrote to stdout
 * @param err what it wrote to stderr
 */
public record CommandRun(int exitCode, String out, String err) {
  /** Runs a command line (without the program name) in-process. */
  @FunctionalInterface
  public interface Runner {
    CommandRun run(List<String> args);
  }

  /** The first non-blank line of stderr: the command's one-line error message. */
  public String message() {
    return err.lines()
        .filter(l -> !l.isBlank())
        .findFirst()
        .orElse("advisor: exited with " + exitCode);
  }
}
