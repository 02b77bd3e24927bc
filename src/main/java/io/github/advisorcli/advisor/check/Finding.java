package io.github.advisorcli.advisor.check;

import io.github.advisorcli.advisor.Reason;
import io.github.advisorcli.advisor.SourceLocation;

/**
 * A rule a model breaks, or a warning about the manifest.
 *
 * @param model the model id as the manifest names it, or null for a manifest-wide warning
 * @param task the task the model is used for, or null
 * @param rule the rule, or null for a warning that is not about a rule
 * @param reason what is wrong, which {@code render} words in one line
 * @param hint how to fix it (the best compliant alternative), or null
 * @param where the manifest entry's free-text location, or null
 * @param location where in the manifest
 * @param excepted the approved exception that covers it, or null
 */
public record Finding(
    String model,
    String task,
    Rule rule,
    Reason reason,
    Reason hint,
    String where,
    SourceLocation location,
    Manifest.Grant excepted) {
  Finding exceptedBy(Manifest.Grant grant) {
    return new Finding(model, task, rule, reason, hint, where, location, grant);
  }

  Finding withReason(Reason r) {
    return new Finding(model, task, rule, r, hint, where, location, excepted);
  }

  Finding withHint(Reason h) {
    return new Finding(model, task, rule, reason, h, where, location, excepted);
  }
}
