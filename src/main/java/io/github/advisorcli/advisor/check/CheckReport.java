package io.github.advisorcli.advisor.check;

import java.util.List;

/**
 * The outcome of checking a manifest.
 *
 * @param manifest the manifest checked
 * @param models each model with its task and score
 * @param violations rules broken and not covered by a valid exception
 * @param excepted rules broken but covered by a valid exception
 * @param warnings things to look at that do not fail the check
 */
public record CheckReport(
    Manifest manifest,
    List<Checked> models,
    List<Finding> violations,
    List<Finding> excepted,
    List<Finding> warnings) {
  /**
   * One checked model.
   *
   * @param use the manifest entry
   * @param modelId the catalog id it resolved to
   * @param task the task it was checked for
   * @param score its score for the task under the project's profile, or null when not ranked
   * @param broken the rules it breaks (excepted or not)
   */
  public record Checked(
      Manifest.ModelUse use, String modelId, String task, Double score, List<Rule> broken) {}

  public boolean passed() {
    return violations.isEmpty();
  }

  /**
   * {@code fail} when a model breaks a rule, {@code excepted} when only excepted ones, else {@code
   * pass}.
   */
  public String status(Checked c) {
    boolean violated = violations.stream().anyMatch(f -> f.location().equals(c.use().location()));
    boolean covered = excepted.stream().anyMatch(f -> f.location().equals(c.use().location()));
    return violated ? "fail" : covered ? "excepted" : "pass";
  }
}
