package io.github.advisorcli.advisor.check;

import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.license.LicenseCategory;
import io.github.advisorcli.advisor.license.Use;
import java.util.List;

/**
 * A project's manifest ({@code advisor.yaml}): its license and quality policy, the models it uses
 * and the exceptions it has approved.
 *
 * @param file the manifest as the user named it
 * @param policy the policy
 * @param models the models the project uses
 * @param exceptions approved exceptions
 */
public record Manifest(String file, Policy policy, List<ModelUse> models, List<Grant> exceptions) {
  /** The manifest with its policy's hardware rule replaced (the command line's, say). */
  public Manifest withHardware(io.github.advisorcli.advisor.hardware.HardwareFilter hardware) {
    return new Manifest(file, policy.withHardware(hardware), models, exceptions);
  }

  /**
   * The policy. Lists are empty and numbers null when not set.
   *
   * @param use the intended use, which decides whether licenses must allow commercial use
   * @param allowCategories license categories allowed (with allowLicenses: deny by default)
   * @param allowLicenses license ids allowed
   * @param denyLicenses license ids denied, whatever the allow lists say
   * @param requireOpenWeights whether weights must be public
   * @param minScore the lowest acceptable score for each model's task
   * @param maxParameters the most parameters a model may have
   * @param profile the weight profile scores are computed under
   * @param driftMargin how far a better compliant model must outscore a model before it is reported
   * @param location where the policy starts
   * @param hardware the hardware every model must fit fully at a context, or null
   * @param situation the project's situation ({@code region}, {@code monthly_active_users}, {@code
   *     annual_revenue_usd}, {@code train_on_outputs}) that license conditions depend on
   */
  public record Policy(
      Use use,
      List<LicenseCategory> allowCategories,
      List<String> allowLicenses,
      List<String> denyLicenses,
      boolean requireOpenWeights,
      Double minScore,
      Long maxParameters,
      String profile,
      double driftMargin,
      SourceLocation location,
      io.github.advisorcli.advisor.hardware.HardwareFilter hardware,
      io.github.advisorcli.advisor.license.Situation situation) {
    public Policy {
      situation =
          situation == null ? io.github.advisorcli.advisor.license.Situation.UNSTATED : situation;
    }

    /** This policy with another hardware rule. */
    public Policy withHardware(io.github.advisorcli.advisor.hardware.HardwareFilter h) {
      return new Policy(
          use,
          allowCategories,
          allowLicenses,
          denyLicenses,
          requireOpenWeights,
          minScore,
          maxParameters,
          profile,
          driftMargin,
          location,
          h,
          situation);
    }
  }

  /**
   * One model the project uses.
   *
   * @param id the model as the manifest names it
   * @param task the task it is used for, or null for its first strong task
   * @param where free text shown in reports (a service, a folder)
   * @param location where the entry starts
   * @param revision the pinned commit of the model's repository (7 to 40 hex digits, lower case),
   *     or null when the manifest pins none
   */
  public record ModelUse(
      String id, String task, String where, SourceLocation location, String revision) {}

  /**
   * An approved exception to one rule for one model.
   *
   * @param model the model
   * @param rule the rule excepted
   * @param reason why
   * @param approvedBy who approved it
   * @param expires the last day it applies (ISO date), or null for no expiry
   * @param location where the entry starts
   */
  public record Grant(
      String model,
      Rule rule,
      String reason,
      String approvedBy,
      String expires,
      SourceLocation location) {}
}
