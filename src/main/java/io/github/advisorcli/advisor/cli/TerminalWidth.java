package io.github.advisorcli.advisor.cli;

/**
 * The terminal's width, measured once per run: from {@code COLUMNS}, else from the terminal through
 * JLine when stdout is one, else 100. JLine is never touched when stdout is not a terminal.
 */
final class TerminalWidth {
  static final int DEFAULT = 100;
  static final int MIN = 40;

  private TerminalWidth() {}

  static int detect(Environment environment) {
    String columns = environment.getenv("COLUMNS");
    if (columns != null) {
      try {
        int value = Integer.parseInt(columns.trim());
        if (value >= MIN) {
          return value;
        }
      } catch (NumberFormatException ignored) {
        // fall through to the terminal
      }
    }
    if (environment.interactive()) {
      int measured = fromTerminal();
      if (measured >= MIN) {
        return measured;
      }
    }
    return DEFAULT;
  }

  private static int fromTerminal() {
    try (var terminal =
        org.jline.terminal.TerminalBuilder.builder().system(true).dumb(true).build()) {
      return terminal.getWidth();
    } catch (Exception | LinkageError e) {
      return 0;
    }
  }
}
