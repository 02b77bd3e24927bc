package io.github.advisorcli.advisor.check;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.ParameterCount;
import io.github.advisorcli.advisor.Reason;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.catalog.Capability;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.CatalogException;
import io.github.advisorcli.advisor.catalog.Lineage;
import io.github.advisorcli.advisor.catalog.MainTasks;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskFit;
import io.github.advisorcli.advisor.license.CommercialUse;
import io.github.advisorcli.advisor.license.Conditions;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.Use;
import io.github.advisorcli.advisor.score.Constraints;
import io.github.advisorcli.advisor.score.Profiles;
import io.github.advisorcli.advisor.score.Ranker;
import io.github.advisorcli.advisor.score.Ranking;
import io.github.advisorcli.advisor.score.Request;
import io.github.advisorcli.advisor.score.Result;
import io.github.advisorcli.advisor.score.Weights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a manifest's models against its policy using the catalog. Pure: the date that decides
 * whether an exception has expired is passed in.
 */
public final class Checker {
  private final Catalog catalog;
  private final Profiles profiles;
  private final Manifest manifest;
  private final LocalDate today;
  private final boolean strict;
  private final Map<String, Ranking> rankings = new HashMap<>();

  private Checker(
      Catalog catalog, Profiles profiles, Manifest manifest, LocalDate today, boolean strict) {
    this.catalog = catalog;
    this.profiles = profiles;
    this.manifest = manifest;
    this.today = today;
    this.strict = strict;
  }

  /**
   * Checks every model of the manifest.
   *
   * @param strict report drift as a violation instead of a warning
   * @throws AdvisorException for an unknown model, task or profile, naming the manifest line
   */
  public static CheckReport check(
      Catalog catalog, Profiles profiles, Manifest manifest, LocalDate today, boolean strict) {
    return new Checker(catalog, profiles, manifest, today, strict).run();
  }

  /** Checks every model of the manifest with the catalog's own profiles only. */
  public static CheckReport check(
      Catalog catalog, Manifest manifest, LocalDate today, boolean strict) {
    return check(catalog, Profiles.of(catalog.profiles()), manifest, today, strict);
  }

  private CheckReport run() {
    Manifest.Policy policy = manifest.policy();
    Weights weights = profiles.weights(policy.profile(), policy.location());
    List<CheckReport.Checked> checked = new ArrayList<>();
    List<Finding> found = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (Manifest.ModelUse use : manifest.models()) {
      Model model =
          catalog
              .find(use.id())
              .orElseThrow(
                  () ->
                      new io.github.advisorcli.advisor.UnknownNameException(
                          "model",
                          use.id(),
                          Suggest.nearest(use.id(), catalog.names()),
                          use.location()));
      Task task = task(use, model);
      Ranking ranking = ranking(task, weights, true);
      Result result =
          ranking
              .result(model.id())
              .or(() -> ranking(task, weights, false).result(model.id()))
              .orElse(null);
      List<Finding> broken = new ArrayList<>();
      rules(model, use, task, result, policy, broken);
      if (broken.stream().noneMatch(f -> f.rule() == Rule.LICENSE)) {
        Reason conditional = conditions(model, policy);
        if (conditional != null) {
          warnings.add(finding(use, task, Rule.LICENSE, conditional));
        }
      }
      Result better = bestCompliant(ranking, model, policy);
      Reason hint =
          better == null
              ? null
              : Reason.of(
                  "check.consider",
                  better.model().id(),
                  better.score(),
                  task.id(),
                  better.model().license());
      broken.replaceAll(f -> f.withHint(hint));
      if (broken.isEmpty()
          && result != null
          && better != null
          && better.score() - result.score() > policy.driftMargin()) {
        Finding drift =
            new Finding(
                use.id(),
                task.id(),
                Rule.DRIFT,
                Reason.of(
                    "check.drift",
                    model.id(),
                    result.score(),
                    task.id(),
                    better.model().id(),
                    better.score(),
                    policy.driftMargin()),
                hint,
                use.where(),
                use.location(),
                null);
        if (strict) {
          broken.add(drift);
        } else {
          warnings.add(drift);
        }
      }
      if (strict && use.revision() == null) {
        warnings.add(
            new Finding(
                use.id(),
                task.id(),
                null,
                Reason.of("check.revision_missing", model.id()),
                null,
                use.where(),
                use.location(),
                null));
      }
      found.addAll(broken);
      checked.add(
          new CheckReport.Checked(
              use,
              model.id(),
              task.id(),
              result == null ? null : result.score(),
              broken.stream().map(Finding::rule).toList()));
    }
    return applyExceptions(checked, found, warnings);
  }

  private CheckReport applyExceptions(
      List<CheckReport.Checked> checked, List<Finding> found, List<Finding> warnings) {
    List<Finding> violations = new ArrayList<>();
    List<Finding> excepted = new ArrayList<>();
    Set<Manifest.Grant> used = new LinkedHashSet<>();
    for (Finding f : found) {
      Manifest.Grant grant = grantFor(f);
      if (grant == null) {
        violations.add(f);
        continue;
      }
      used.add(grant);
      if (grant.expires() != null && LocalDate.parse(grant.expires()).isBefore(today)) {
        violations.add(
            f.withReason(
                grant.approvedBy() == null
                    ? Reason.of("check.exception_expired.unnamed", f.reason(), grant.expires())
                    : Reason.of(
                        "check.exception_expired",
                        f.reason(),
                        grant.approvedBy(),
                        grant.expires())));
        warnings.add(
            new Finding(
                grant.model(),
                null,
                grant.rule(),
                Reason.of(
                    "check.exception_lapsed", grant.model(), grant.rule().id(), grant.expires()),
                null,
                null,
                grant.location(),
                null));
      } else {
        excepted.add(f.exceptedBy(grant));
      }
    }
    for (Manifest.Grant g : manifest.exceptions()) {
      if (!used.contains(g)) {
        warnings.add(
            new Finding(
                g.model(),
                null,
                g.rule(),
                Reason.of("check.exception_unused", g.model(), g.rule().id()),
                null,
                null,
                g.location(),
                null));
      }
    }
    warnings.addAll(unusedAllowEntries(checked));
    return new CheckReport(
        manifest,
        List.copyOf(checked),
        List.copyOf(violations),
        List.copyOf(excepted),
        List.copyOf(warnings));
  }

  private Manifest.Grant grantFor(Finding f) {
    for (Manifest.Grant g : manifest.exceptions()) {
      if (g.rule() == f.rule() && sameModel(g.model(), f.model())) {
        return g;
      }
    }
    return null;
  }

  private boolean sameModel(String a, String b) {
    var ma = catalog.find(a);
    var mb = catalog.find(b);
    return ma.isPresent() && mb.isPresent()
        ? ma.get().id().equals(mb.get().id())
        : a.equalsIgnoreCase(b);
  }

  private List<Finding> unusedAllowEntries(List<CheckReport.Checked> checked) {
    Manifest.Policy policy = manifest.policy();
    List<License> inUse = new ArrayList<>();
    for (CheckReport.Checked c : checked) {
      Model m = catalog.find(c.modelId()).orElseThrow();
      inUse.addAll(catalog.licenses().licensesIn(Lineage.of(m, catalog::find).expression()));
    }
    List<Finding> out = new ArrayList<>();
    for (String id : policy.allowLicenses()) {
      if (inUse.stream().noneMatch(l -> l.id().equals(id))) {
        out.add(
            new Finding(
                null,
                null,
                Rule.LICENSE,
                Reason.of("check.allow_licenses_unused", id),
                null,
                null,
                policy.location(),
                null));
      }
    }
    for (var cat : policy.allowCategories()) {
      if (inUse.stream().noneMatch(l -> l.category() == cat)) {
        out.add(
            new Finding(
                null,
                null,
                Rule.LICENSE,
                Reason.of("check.allow_categories_unused", cat.id()),
                null,
                null,
                policy.location(),
                null));
      }
    }
    return out;
  }

  private void rules(
      Model m,
      Manifest.ModelUse use,
      Task task,
      Result result,
      Manifest.Policy policy,
      List<Finding> out) {
    Reason license = licenseProblem(m, policy);
    if (license != null) {
      out.add(finding(use, task, Rule.LICENSE, license));
    }
    if (policy.requireOpenWeights() && !Boolean.TRUE.equals(m.openWeights())) {
      out.add(finding(use, task, Rule.OPEN_WEIGHTS, Reason.of("check.open_weights", m.id())));
    }
    if (policy.maxParameters() != null) {
      if (m.parameters() == null) {
        out.add(
            finding(
                use,
                task,
                Rule.MAX_PARAMETERS,
                Reason.of(
                    "check.max_parameters.unknown",
                    m.id(),
                    new ParameterCount(policy.maxParameters()))));
      } else if (m.parameters() > policy.maxParameters()) {
        out.add(
            finding(
                use,
                task,
                Rule.MAX_PARAMETERS,
                Reason.of(
                    "check.max_parameters.exceed",
                    m.id(),
                    new ParameterCount(m.parameters()),
                    new ParameterCount(policy.maxParameters()))));
      }
    }
    if (policy.hardware() != null) {
      policy
          .hardware()
          .violation(m)
          .ifPresent(
              why -> out.add(finding(use, task, Rule.FITS, Reason.of("check.fits", m.id(), why))));
    }
    if (policy.minScore() != null) {
      if (result == null) {
        out.add(
            finding(
                use,
                task,
                Rule.MIN_SCORE,
                Reason.of("check.min_score.not_candidate", m.id(), task.id(), policy.minScore())));
      } else if (result.score() < policy.minScore()) {
        out.add(
            finding(
                use,
                task,
                Rule.MIN_SCORE,
                Reason.of(
                    "check.min_score.below",
                    m.id(),
                    result.score(),
                    task.id(),
                    policy.minScore())));
      }
    }
  }

  /**
   * Why the model's license breaks the policy, or null when it complies. The license is the
   * effective one (the model's own with its base models' and training data's), and a clause that
   * excludes the project's situation breaks it, quoted.
   */
  Reason licenseProblem(Model m, Manifest.Policy policy) {
    Lineage lineage = Lineage.of(m, catalog::find);
    Boolean imageInput = Capability.IMAGE_INPUT.of(m);
    List<Reason> problems =
        catalog
            .licenses()
            .expression(lineage.expression())
            .problems(
                l -> {
                  Reason p = licenseProblem(l, policy);
                  if (p != null) {
                    return p;
                  }
                  String excluded = Conditions.exclusion(l, policy.situation(), imageInput);
                  return excluded == null
                      ? null
                      : Reason.of("license.conditions_exclude", excluded);
                });
    if (problems.isEmpty()) {
      return null;
    }
    return lineage.addsTerms()
        ? Reason.of("check.license_effective", m.id(), lineage.expression(), problems)
        : Reason.of("check.license", m.id(), problems);
  }

  /**
   * A warning for a model whose license has conditions the policy's situation does not settle or
   * duties it must meet, so a conditional license is never taken as free; null when there are none.
   * The clauses are quoted in the license's words.
   */
  private Reason conditions(Model m, Manifest.Policy policy) {
    Lineage lineage = Lineage.of(m, catalog::find);
    Boolean imageInput = Capability.IMAGE_INPUT.of(m);
    List<String> undecided = new ArrayList<>();
    List<String> duties = new ArrayList<>();
    for (License l : catalog.licenses().licensesIn(lineage.expression())) {
      for (Conditions.Applied a : Conditions.apply(l, policy.situation(), imageInput)) {
        String item = l.id() + ": " + a.why();
        switch (a.status()) {
          case UNDECIDED -> undecided.add(item + stateIn(a.clause()));
          case DUTY -> duties.add(item);
          default -> {}
        }
      }
    }
    if (undecided.isEmpty() && duties.isEmpty()) {
      return null;
    }
    List<Reason> parts = new ArrayList<>();
    if (!undecided.isEmpty()) {
      parts.add(Reason.of("check.conditional.undecided", String.join("; ", undecided)));
    }
    if (!duties.isEmpty()) {
      parts.add(Reason.of("check.conditional.duties", String.join("; ", duties)));
    }
    return Reason.of("check.conditional", m.id(), parts);
  }

  /** Which policy field would settle an undecided clause. */
  private static String stateIn(io.github.advisorcli.advisor.license.LicenseClause c) {
    return switch (c.type()) {
      case USER_THRESHOLD -> " (state policy.monthly_active_users)";
      case REVENUE_THRESHOLD -> " (state policy.annual_revenue_usd)";
      case TERRITORY -> " (state policy.region)";
      case ATTRIBUTION -> " (depends on the thresholds)";
      default -> " (check it against the license)";
    };
  }

  private static Reason licenseProblem(License l, Manifest.Policy policy) {
    if (policy.denyLicenses().contains(l.id())) {
      return Reason.of("check.license.denied", l.id());
    }
    boolean commercial = policy.use() != Use.RESEARCH;
    CommercialUse granted = CommercialUse.of(l);
    if (commercial && !granted.granted()) {
      return Reason.of(
          granted == CommercialUse.UNKNOWN
              ? "check.license.commercial_unstated"
              : "check.license.no_commercial",
          l.id(),
          l.category().toString(),
          policy.use().toString());
    }
    boolean hasAllow = !policy.allowLicenses().isEmpty() || !policy.allowCategories().isEmpty();
    if (hasAllow
        && !policy.allowLicenses().contains(l.id())
        && !policy.allowCategories().contains(l.category())) {
      return Reason.of(
          "check.license.not_allowed",
          l.id(),
          l.category().toString(),
          policy.allowCategories().stream().map(Object::toString).toList(),
          List.copyOf(policy.allowLicenses()));
    }
    return null;
  }

  /** The best-ranked other model for the task that breaks none of the policy's rules. */
  private Result bestCompliant(Ranking ranking, Model self, Manifest.Policy policy) {
    for (Result r : ranking.results()) {
      Model m = r.model();
      if (m.id().equals(self.id()) || Criteria(m, ranking.request().task()) < 0.7) {
        continue;
      }
      // The ranking already holds only models within the policy's constraints.
      boolean ok =
          licenseProblem(m, policy) == null
              && (policy.minScore() == null || r.score() >= policy.minScore())
              && (policy.hardware() == null || policy.hardware().violation(m).isEmpty());
      if (ok) {
        return r;
      }
    }
    return null;
  }

  private static double Criteria(Model m, Task task) {
    return io.github.advisorcli.advisor.score.Criteria.taskFitValue(m, task);
  }

  private Finding finding(Manifest.ModelUse use, Task task, Rule rule, Reason reason) {
    return new Finding(use.id(), task.id(), rule, reason, null, use.where(), use.location(), null);
  }

  private Task task(Manifest.ModelUse use, Model model) {
    if (use.task() == null) {
      TaskFit fit = MainTasks.primary(model).orElse(null);
      if (fit == null) {
        throw new CatalogException(
            "model '" + use.id() + "' lists no task: give 'task'", use.location());
      }
      return catalog.tasks().find(fit.id()).orElseThrow();
    }
    return catalog
        .tasks()
        .find(use.task())
        .orElseThrow(
            () ->
                new io.github.advisorcli.advisor.UnknownNameException(
                    "task", use.task(), catalog.tasks().nearestIds(use.task()), use.location()));
  }

  /**
   * The ranking for the task, as {@code recommend} ranks it: under the policy's constraints when
   * {@code constrained}, so a compliant model's score and the alternatives offered are the ones
   * {@code recommend} gives with the same limits; without them for the score of a model the
   * constraints exclude (every candidate counts toward the peers either way, so a score does not
   * depend on the constraints).
   */
  private Ranking ranking(Task task, Weights weights, boolean constrained) {
    Request request = Request.of(task).withUse(manifest.policy().use()).withWeights(weights);
    return rankings.computeIfAbsent(
        task.id() + (constrained ? "" : " unconstrained"),
        k ->
            Ranker.complete(
                catalog,
                constrained ? request.withConstraints(constraints(manifest.policy())) : request));
  }

  /**
   * The policy's rules that are also {@code recommend}'s constraints: commercial use unless the use
   * is research, open weights, the parameter limit, and one allow list (with both, a license may be
   * in either, which no single constraint says; {@link #licenseProblem} decides then).
   */
  static Constraints constraints(Manifest.Policy policy) {
    boolean both = !policy.allowCategories().isEmpty() && !policy.allowLicenses().isEmpty();
    return new Constraints(
            policy.use() != Use.RESEARCH,
            both ? Set.of() : Set.copyOf(policy.allowCategories()),
            both ? Set.of() : Set.copyOf(policy.allowLicenses()),
            policy.maxParameters(),
            null,
            null,
            policy.requireOpenWeights(),
            null,
            null)
        .withSituation(policy.situation());
  }
}
