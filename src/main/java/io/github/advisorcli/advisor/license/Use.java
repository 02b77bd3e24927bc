package io.github.advisorcli.advisor.license;

/** What the model will be used for, which decides how a license is judged. */
public enum Use {
  COMMERCIAL,
  RESEARCH,
  INTERNAL;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
