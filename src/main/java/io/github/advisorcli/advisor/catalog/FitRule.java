package io.github.advisorcli.advisor.catalog;

/**
 * A limit a task puts on the fit of models with given facts: "a base checkpoint is at most weak for
 * chat". A rule applies only when the model records the facts it names; a fact the catalog lacks
 * never triggers it.
 *
 * @param checkpoint applies to checkpoints of this kind
 * @param checkpointNot applies to checkpoints of any recorded kind but this one
 * @param architecture applies to models of this architecture
 * @param cased applies to models whose vocabulary keeps case (true) or not (false)
 * @param atMost the highest fit such a model can have: {@code good}, {@code weak} or {@code none}
 * @param why one line of why, with its source where there is one
 */
public record FitRule(
    Checkpoint checkpoint,
    Checkpoint checkpointNot,
    Architecture architecture,
    Boolean cased,
    String atMost,
    String why) {

  /** Whether the rule applies to the model. */
  public boolean appliesTo(Model m) {
    if (checkpoint == null && checkpointNot == null && architecture == null && cased == null) {
      return false;
    }
    if (checkpoint != null && m.checkpoint() != checkpoint) {
      return false;
    }
    if (checkpointNot != null && (m.checkpoint() == null || m.checkpoint() == checkpointNot)) {
      return false;
    }
    if (architecture != null && m.architecture() != architecture) {
      return false;
    }
    return cased == null || cased.equals(m.cased());
  }

  /** The cap as a fit, or null for {@code none} (the model does not fit the task at all). */
  public Fit cap() {
    return switch (atMost) {
      case "strong" -> Fit.STRONG;
      case "good" -> Fit.GOOD;
      case "weak" -> Fit.WEAK;
      default -> null;
    };
  }
}
