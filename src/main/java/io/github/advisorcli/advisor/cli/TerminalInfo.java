package io.github.advisorcli.advisor.cli;

/**
 * What a run knows of its terminal: how wide tables and help are laid out, and whether output is
 * styled. The terminal is measured at most once, and only when a width is asked for (a table, help,
 * a usage error's synopsis) and standard output is a terminal: a run that prints its version, JSON
 * or anything into a pipe never measures it.
 */
public final class TerminalInfo {
  static final int DEFAULT_WIDTH = 100;
  static final int MIN_WIDTH = 40;

  /** Asks the terminal on standard output for its width in columns; 0 when it cannot tell. */
  @FunctionalInterface
  public interface WidthProbe {
    int columns();
  }

  private final Environment environment;
  private final GlobalOptions options;
  private WidthProbe probe;
  private Integer shellWidth;
  private int measured = -1;

  /** Measures the system's terminal (see {@link TerminalSize}). */
  public TerminalInfo(Environment environment) {
    this(environment, TerminalSize::columns);
  }

  public TerminalInfo(Environment environment, WidthProbe probe) {
    this(environment, null, probe);
  }

  /** The terminal of a run with these options ({@code --width}, {@code --color}). */
  TerminalInfo(Environment environment, GlobalOptions options) {
    this(environment, options, TerminalSize::columns);
  }

  private TerminalInfo(Environment environment, GlobalOptions options, WidthProbe probe) {
    this.environment = environment;
    this.options = options;
    this.probe = probe;
  }

  /** Measures the terminal with {@code probe} instead of asking the system's. */
  void probe(WidthProbe probe) {
    this.probe = probe;
    this.measured = -1;
  }

  /** The width tables and help are laid out to: {@code --width}, else the terminal's. */
  public int width() {
    return width(options == null ? null : options.width());
  }

  /** Whether ANSI styles are used, as {@code --color} asks. */
  public boolean colour() {
    return colour(options == null ? ColorMode.AUTO : options.color());
  }

  /** ANSI styles for help and usage errors: on or off, as {@link #colour()}. */
  picocli.CommandLine.Help.Ansi ansi() {
    return colour() ? picocli.CommandLine.Help.Ansi.ON : picocli.CommandLine.Help.Ansi.OFF;
  }

  /** The interactive shell knows its terminal's width; commands run in it use that width. */
  void shellWidth(int width) {
    this.shellWidth = width > 0 ? width : null;
  }

  /**
   * The width to lay out to: {@code requested} ({@code --width}) when given, else the shell's, else
   * {@code COLUMNS}, else the terminal's, else 100.
   */
  public int width(Integer requested) {
    if (requested != null) {
      return requested;
    }
    if (shellWidth != null) {
      return shellWidth;
    }
    String columns = environment.getenv("COLUMNS");
    if (columns != null) {
      try {
        int value = Integer.parseInt(columns.trim());
        if (value >= MIN_WIDTH) {
          return value;
        }
      } catch (NumberFormatException ignored) {
        // fall through to the terminal
      }
    }
    if (!environment.interactive()) {
      return DEFAULT_WIDTH;
    }
    if (measured < 0) {
      int value;
      try {
        value = probe.columns();
      } catch (RuntimeException e) {
        value = 0;
      }
      measured = value >= MIN_WIDTH ? value : DEFAULT_WIDTH;
    }
    return measured;
  }

  /**
   * Whether ANSI styles are used: {@code --color}, then {@code NO_COLOR}/{@code CLICOLOR_FORCE},
   * then whether stdout is a terminal (other than a dumb one). Decided from the environment alone.
   */
  public boolean colour(ColorMode mode) {
    return switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> {
        if (environment.getenv("NO_COLOR") != null) {
          yield false;
        }
        String force = environment.getenv("CLICOLOR_FORCE");
        if (force != null && !"0".equals(force)) {
          yield true;
        }
        yield environment.interactive() && !"dumb".equals(environment.getenv("TERM"));
      }
    };
  }
}
