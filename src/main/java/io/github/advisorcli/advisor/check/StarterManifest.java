package io.github.advisorcli.advisor.check;

/** The manifest {@code advisor check --init} writes. */
public final class StarterManifest {
  public static final String TEXT =
      """
      # advisor.yaml: the models this project uses and the policy they must meet.
      # Run `advisor check` (in CI too); it exits 1 when a model breaks the policy.
      # Every key is documented in the advisor README, section "CI use".
      policy:
        use: commercial              # commercial | research | internal
        allow_categories: [permissive]   # add weak-copyleft etc. when a model needs it
        # allow_licenses: [Apache-2.0]   # by id; with allow lists, anything not allowed is denied
        deny_licenses: [CC-BY-NC-4.0]
        require_open_weights: true
        min_score: 0.5               # each model's score for its task, under the profile below
        max_parameters: 2B
        profile: balanced            # balanced | production | research | edge | startup
        drift_margin: 0.1            # warn when a compliant model outscores one of ours by more
      models:
        - id: roberta-large
          task: classification
          where: services/triage     # free text, shown in reports
      exceptions: []
      #  - model: opt-1.3b
      #    rule: license             # license | open_weights | max_parameters | min_score | drift | fits
      #    reason: offline evaluation only
      #    approved_by: jane@example.com
      #    expires: 2027-06-30
      """;

  private StarterManifest() {}
}
