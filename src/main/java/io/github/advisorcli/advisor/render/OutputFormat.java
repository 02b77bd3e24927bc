package io.github.advisorcli.advisor.render;

/** The output formats every listing command offers. */
public enum OutputFormat {
  TABLE,
  JSON,
  CSV,
  MARKDOWN,
  YAML;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
