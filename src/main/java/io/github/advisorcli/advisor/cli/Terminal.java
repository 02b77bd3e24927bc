package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.render.Labels;
import io.github.advisorcli.advisor.render.Output;
import io.github.advisorcli.advisor.render.OutputFormat;
import io.github.advisorcli.advisor.render.Styles;
import picocli.CommandLine;

/** Decides, once per command, whether output is styled and how wide it is. */
final class Terminal {
  private Terminal() {}

  /**
   * Where a command's output goes: a table is laid out to the terminal's width and styled as {@code
   * --color} says; every other format is plain and never measures the terminal.
   */
  static Output output(TerminalInfo terminal, Labels labels, CommandLine cmd, OutputFormat format) {
    boolean table = format == OutputFormat.TABLE;
    return new Output(
        cmd.getOut(),
        table ? terminal.width() : Integer.MAX_VALUE,
        new Styles(table && terminal.colour()),
        labels);
  }
}
