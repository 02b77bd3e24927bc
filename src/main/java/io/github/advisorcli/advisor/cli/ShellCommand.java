package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.shell.Shell;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code advisor shell}: the interactive shell over the same commands. */
@Command(addMethodSubcommands = false, name = "shell", mixinStandardHelpOptions = true)
public final class ShellCommand implements Callable<Integer> {
  private final Session session;

  ShellCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws IOException {
    if (session.environment().inputClosed()) {
      throw new io.github.advisorcli.advisor.AdvisorException(
          "standard input is closed; give the shell a terminal, a file or a pipe");
    }
    if (!session.environment().interactive()) {
      // Standard input is a script, not a person: run its lines in order, to the end.
      Shell.runPlain(
          Cli.create(session),
          new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  session.environment().in(), java.nio.charset.StandardCharsets.UTF_8)));
      return ExitCodes.OK;
    }
    try (Terminal terminal = TerminalBuilder.builder().system(true).name("advisor").build()) {
      run(session, terminal);
    }
    return ExitCodes.OK;
  }

  /**
   * Runs the shell on a terminal; the commands share this session, so the catalog is loaded once.
   */
  static void run(Session session, Terminal terminal) {
    session.terminal().shellWidth(terminal.getWidth());
    CommandLine commands = Cli.create(session);
    commands.setOut(new java.io.PrintWriter(terminal.writer(), true));
    commands.setErr(new java.io.PrintWriter(terminal.writer(), true));
    new Shell(commands, terminal, history(session.environment()), "advisor> ").run();
  }

  /** {@code $XDG_STATE_HOME/advisor/history}, else {@code ~/.local/state/advisor/history}. */
  static Path history(Environment env) {
    String state = env.getenv("XDG_STATE_HOME");
    if (state != null) {
      return Path.of(state, "advisor", "history");
    }
    String home = env.getenv("HOME");
    return Path.of(
        home == null ? System.getProperty("user.home") : home,
        ".local",
        "state",
        "advisor",
        "history");
  }
}
