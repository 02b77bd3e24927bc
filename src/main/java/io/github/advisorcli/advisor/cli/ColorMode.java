package io.github.advisorcli.advisor.cli;

/** When to use colour: {@code auto} follows the terminal and {@code NO_COLOR}. */
public enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
