package io.github.advisorcli.advisor.cli;

import java.util.Locale;

/**
 * The width of the terminal on standard output, asked of the kernel through JLine's native library
 * (one {@code ioctl}, no child process). Where that library cannot load, a JLine terminal is built
 * instead, which may run {@code stty}.
 */
final class TerminalSize {
  private static final int STDOUT = 1;

  private TerminalSize() {}

  /** The width in columns; 0 when it cannot be told. */
  static int columns() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("win")) {
      try {
        return Math.max(0, org.jline.nativ.CLibrary.getTerminalWidth(STDOUT));
      } catch (RuntimeException | LinkageError e) {
        // no native library for this system: ask a JLine terminal
      }
    }
    try (var terminal =
        org.jline.terminal.TerminalBuilder.builder().system(true).dumb(true).build()) {
      return terminal.getWidth();
    } catch (Exception | LinkageError e) {
      return 0;
    }
  }
}
