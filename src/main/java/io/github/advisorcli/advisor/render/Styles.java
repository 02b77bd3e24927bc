package io.github.advisorcli.advisor.render;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * How each {@link Style} looks; the only place ANSI codes come from (picocli's {@link Ansi.Style}).
 *
 * <p>Bold is switched off with SGR 22 (normal intensity). picocli's own {@code bold} ends with SGR
 * 21, which xterm, VTE, kitty and tmux read as "double underline", so it is never used.
 */
public final class Styles {
  private static final String CSI = "\u001b[";

  /** Bold on (SGR 1), off with normal intensity (SGR 22). */
  public static final Ansi.IStyle BOLD =
      new Ansi.IStyle() {
        @Override
        public String on() {
          return CSI + "1m";
        }

        @Override
        public String off() {
          return CSI + "22m";
        }
      };

  private final boolean enabled;

  public Styles(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  public String apply(Style style, String text) {
    if (!enabled || style == null || text.isEmpty()) {
      return text;
    }
    Ansi.IStyle[] codes =
        switch (style) {
          case HEADER -> new Ansi.IStyle[] {BOLD};
          case SCORE_HIGH, LICENSE_PERMISSIVE -> new Ansi.IStyle[] {Ansi.Style.fg_green};
          case SCORE_LOW -> new Ansi.IStyle[] {Ansi.Style.fg_red};
          case LICENSE_RESTRICTIVE, WARNING -> new Ansi.IStyle[] {Ansi.Style.fg_yellow};
          case DIM -> new Ansi.IStyle[] {Ansi.Style.faint};
        };
    StringBuilder on = new StringBuilder();
    StringBuilder off = new StringBuilder();
    for (Ansi.IStyle code : codes) {
      on.append(code.on());
      off.insert(0, code.off());
    }
    return on + text + off;
  }

  /**
   * picocli's default help colours (commands bold, options yellow, parameters italic, errors bold
   * red), with bold switched off by SGR 22.
   */
  public static CommandLine.Help.ColorScheme helpColors(Ansi ansi) {
    return new CommandLine.Help.ColorScheme.Builder(ansi)
        .commands(BOLD)
        .options(Ansi.Style.fg_yellow)
        .parameters(Ansi.Style.fg_yellow)
        .optionParams(Ansi.Style.italic)
        .errors(Ansi.Style.fg_red, BOLD)
        .stackTraces(Ansi.Style.italic)
        .applySystemProperties()
        .build();
  }
}
