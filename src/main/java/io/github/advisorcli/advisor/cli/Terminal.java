package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.render.Output;
import io.github.advisorcli.advisor.render.OutputFormat;
import io.github.advisorcli.advisor.render.Styles;
import picocli.CommandLine;

/** Decides, once per command, whether output is styled and how wide it is. */
final class Terminal {
  private Terminal() {}

  /**
   * Whether ANSI styles are used: {@code --color}, then {@code NO_COLOR}/{@code CLICOLOR_FORCE},
   * then whether stdout is a terminal.
   */
  static boolean colour(Session session) {
    return session.terminal().colour(session.color());
  }

  static CommandLine.Help.Ansi ansi(Session session) {
    return colour(session) ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
  }

  static Output output(Session session, CommandLine cmd, OutputFormat format) {
    boolean table = format == OutputFormat.TABLE;
    return new Output(
        cmd.getOut(),
        table ? session.width() : Integer.MAX_VALUE,
        new Styles(table && colour(session)),
        session.labels());
  }
}
