package io.github.advisorcli.advisor.score;

/** How a missing fact counts: as a middling 0.5, or as 0. */
public enum MissingPolicy {
  NEUTRAL(0.5),
  PENALIZE(0.0);

  private final double value;

  MissingPolicy(double value) {
    this.value = value;
  }

  /** The sub-score a missing fact contributes. */
  public double value() {
    return value;
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
