package io.github.advisorcli.advisor.catalog;

/**
 * A rule a task states about the fit of models with given facts. A limit ("a base checkpoint is at
 * most weak for chat") caps the fit a model lists. A derivation ({@code fit_from}: "an instruct
 * checkpoint that lists chat generates text") gives a model that does not list the task the fit it
 * lists for another task, at most {@code at_most}. A rule applies only when the model records the
 * facts it names; a fact the catalog lacks never triggers it.
 *
 * @param checkpoint applies to checkpoints of this kind
 * @param checkpointNot applies to checkpoints of any recorded kind but this one
 * @param architecture applies to models of this architecture
 * @param cased applies to models whose vocabulary keeps case (true) or not (false)
 * @param atMost the highest fit such a model can have: {@code good}, {@code weak} or {@code none};
 *     for a derivation, null leaves the derived fit as it is
 * @param why one line of why, with its source where there is one
 * @param fitFrom for a derivation, the task whose listed fit the model gets for this one
 */
public record FitRule(
    Checkpoint checkpoint,
    Checkpoint checkpointNot,
    Architecture architecture,
    Boolean cased,
    String atMost,
    String why,
    String fitFrom) {

  /** Whether the rule derives a fit from another task rather than capping a listed one. */
  public boolean derives() {
    return fitFrom != null;
  }

  /** Whether the rule applies to the model. */
  public boolean appliesTo(Model m) {
    if (derives()) {
      if (m.fitFor(fitFrom) == null) {
        return false;
      }
    } else if (checkpoint == null
        && checkpointNot == null
        && architecture == null
        && cased == null) {
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

  /**
   * The cap as a fit, or null for {@code none} (the model does not fit the task at all); a
   * derivation without {@code at_most} caps at strong, which leaves every fit as it is.
   */
  public Fit cap() {
    if (atMost == null) {
      return derives() ? Fit.STRONG : null;
    }
    return switch (atMost) {
      case "strong" -> Fit.STRONG;
      case "good" -> Fit.GOOD;
      case "weak" -> Fit.WEAK;
      default -> null;
    };
  }
}
