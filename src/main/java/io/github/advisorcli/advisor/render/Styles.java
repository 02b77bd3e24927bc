package io.github.advisorcli.advisor.render;

import picocli.CommandLine.Help.Ansi;

/**
 * How each {@link Style} looks; the only place ANSI codes come from (picocli's {@link Ansi.Style}).
 */
public final class Styles {
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
    Ansi.Style[] codes =
        switch (style) {
          case HEADER -> new Ansi.Style[] {Ansi.Style.bold};
          case SCORE_HIGH, LICENSE_PERMISSIVE -> new Ansi.Style[] {Ansi.Style.fg_green};
          case SCORE_LOW -> new Ansi.Style[] {Ansi.Style.fg_red};
          case LICENSE_RESTRICTIVE, WARNING -> new Ansi.Style[] {Ansi.Style.fg_yellow};
          case DIM -> new Ansi.Style[] {Ansi.Style.faint};
        };
    StringBuilder on = new StringBuilder();
    StringBuilder off = new StringBuilder();
    for (Ansi.Style code : codes) {
      on.append(code.on());
      off.insert(0, code.off());
    }
    return on + text + off;
  }
}
