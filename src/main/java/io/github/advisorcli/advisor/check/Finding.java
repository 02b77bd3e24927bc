package io.github.advisorcli.advisor.check;

import io.github.advisorcli.advisor.SourceLocation;

/**
 * A rule a model breaks, or a warning about the manifest.
 *
 * @param model the model id as the manifest names it, or null for a manifest-wide warning
 * @param task the task the model is used for, or null
 * @param rule the rule, or null for a warning that is not about a rule
 * @param message what is wrong, in one line
 * @param hint how to fix it (the best compliant alternative), or null
 * @param where the manifest entry's free-text location, or null
 * @param location where in the manifest
 * @param excepted the approved exception that covers it, or null
 */
public record Finding(
    String model,
    String task,
    Rule rule,
    String message,
    String hint,
    String where,
    SourceLocation location,
    Manifest.Grant excepted) {
  Finding exceptedBy(Manifest.Grant grant) {
    return new Finding(model, task, rule, message, hint, where, location, grant);
  }

  Finding withMessage(String m) {
    return new Finding(model, task, rule, m, hint, where, location, excepted);
  }
}
