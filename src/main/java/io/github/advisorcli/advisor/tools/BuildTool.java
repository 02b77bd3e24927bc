package io.github.advisorcli.advisor.tools;

import io.github.advisorcli.advisor.cli.Cli;
import io.github.advisorcli.advisor.cli.Environment;
import io.github.advisorcli.advisor.cli.ExitCodes;
import io.github.advisorcli.advisor.cli.Main;

/**
 * Runs one advisor command inside the Maven build (for example, writing the completion script into
 * the release archive). Unlike {@link Main}, it never calls {@code System.exit}: a non-zero exit
 * code fails the build step with an exception.
 */
public final class BuildTool {
  private BuildTool() {}

  public static void main(String[] args) {
    int code = Cli.run(Environment.system(), args);
    if (code != ExitCodes.OK) {
      throw new IllegalStateException("advisor " + String.join(" ", args) + " exited with " + code);
    }
  }
}
