package io.github.advisorcli.advisor.score;

/**
 * How a sub-fact the catalog lacks counts. The default never lets a missing fact beat a recorded
 * one: it counts a little below the lowest value any candidate for the task records.
 */
public enum MissingPolicy {
  /** The lowest value recorded among the task's candidates, less {@link #PENALTY}. */
  LOWEST_KNOWN("lowest-known"),
  /** A middling 0.5. */
  NEUTRAL("neutral"),
  /** 0. */
  PENALIZE("penalize");

  /** How far below the lowest recorded value a missing one counts. */
  public static final double PENALTY = 0.05;

  /** What a missing fact counts when no candidate records it: it then tells no model apart. */
  public static final double NOBODY = 0.5;

  private final String id;

  MissingPolicy(String id) {
    this.id = id;
  }

  @Override
  public String toString() {
    return id;
  }
}
