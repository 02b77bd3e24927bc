package io.github.advisorcli.advisor.check;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.CatalogException;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Profile;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskFit;
import io.github.advisorcli.advisor.license.CommercialUse;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.Use;
import io.github.advisorcli.advisor.score.Ranker;
import io.github.advisorcli.advisor.score.Ranking;
import io.github.advisorcli.advisor.score.Request;
import io.github.advisorcli.advisor.score.Result;
import io.github.advisorcli.advisor.score.Sizes;
import io.github.advisorcli.advisor.score.Weights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a manifest's models against its policy using the catalog. Pure: the date that decides
 * whether an exception has expired is passed in.
 */
public final class Checker {
  private final Catalog catalog;
  private final Manifest manifest;
  private final LocalDate today;
  private final boolean strict;
  private final Map<String, Ranking> rankings = new HashMap<>();

  private Checker(Catalog catalog, Manifest manifest, LocalDate today, boolean strict) {
    this.catalog = catalog;
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
      Catalog catalog, Manifest manifest, LocalDate today, boolean strict) {
    return new Checker(catalog, manifest, today, strict).run();
  }

  private CheckReport run() {
    Manifest.Policy policy = manifest.policy();
    Weights weights = weights(policy);
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
      Ranking ranking = ranking(task, weights);
      Result result = find(ranking, model.id());
      List<Finding> broken = new ArrayList<>();
      rules(model, use, task, result, policy, broken);
      Result better = bestCompliant(ranking, model, policy);
      String hint =
          better == null
              ? null
              : "consider "
                  + better.model().id()
                  + " (score "
                  + fmt(better.score())
                  + " for "
                  + task.id()
                  + ", "
                  + better.model().license()
                  + ")";
      for (int i = 0; i < broken.size(); i++) {
        Finding f = broken.get(i);
        broken.set(
            i,
            new Finding(
                f.model(), f.task(), f.rule(), f.message(), hint, f.where(), f.location(), null));
      }
      if (broken.isEmpty()
          && result != null
          && better != null
          && better.score() - result.score() > policy.driftMargin()) {
        Finding drift =
            new Finding(
                use.id(),
                task.id(),
                Rule.DRIFT,
                model.id()
                    + " (score "
                    + fmt(result.score())
                    + ") is outscored for "
                    + task.id()
                    + " by "
                    + better.model().id()
                    + " (score "
                    + fmt(better.score())
                    + "), more than the drift margin "
                    + fmt(policy.driftMargin()),
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
                model.id()
                    + ": no 'revision' pinned, so a bill of materials cannot name the exact"
                    + " weights",
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
            f.withMessage(
                f.message()
                    + " (the exception approved by "
                    + nz(grant.approvedBy())
                    + " expired on "
                    + grant.expires()
                    + ")"));
        warnings.add(
            new Finding(
                grant.model(),
                null,
                grant.rule(),
                "the exception for "
                    + grant.model()
                    + " / "
                    + grant.rule()
                    + " expired on "
                    + grant.expires()
                    + " and no longer applies",
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
                "the exception for "
                    + g.model()
                    + " / "
                    + g.rule()
                    + " matches no violation; remove it",
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
      inUse.addAll(
          catalog.licenses().licensesIn(catalog.find(c.modelId()).orElseThrow().license()));
    }
    List<Finding> out = new ArrayList<>();
    for (String id : policy.allowLicenses()) {
      if (inUse.stream().noneMatch(l -> l.id().equals(id))) {
        out.add(
            new Finding(
                null,
                null,
                Rule.LICENSE,
                "allow_licenses entry " + id + " matches no model in the manifest",
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
                "allow_categories entry " + cat + " matches no model in the manifest",
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
    String license = licenseProblem(m, policy);
    if (license != null) {
      out.add(finding(use, task, Rule.LICENSE, license));
    }
    if (policy.requireOpenWeights() && !Boolean.TRUE.equals(m.openWeights())) {
      out.add(
          finding(
              use,
              task,
              Rule.OPEN_WEIGHTS,
              m.id() + ": weights are not public (require_open_weights)"));
    }
    if (policy.maxParameters() != null) {
      if (m.parameters() == null) {
        out.add(
            finding(
                use,
                task,
                Rule.MAX_PARAMETERS,
                m.id()
                    + ": parameter count unknown, cannot show it is within max_parameters "
                    + Sizes.count(policy.maxParameters())));
      } else if (m.parameters() > policy.maxParameters()) {
        out.add(
            finding(
                use,
                task,
                Rule.MAX_PARAMETERS,
                m.id()
                    + ": "
                    + Sizes.count(m.parameters())
                    + " parameters exceed max_parameters "
                    + Sizes.count(policy.maxParameters())));
      }
    }
    if (policy.hardware() != null) {
      policy
          .hardware()
          .violation(m)
          .ifPresent(why -> out.add(finding(use, task, Rule.FITS, m.id() + ": " + why)));
    }
    if (policy.minScore() != null) {
      if (result == null) {
        out.add(
            finding(
                use,
                task,
                Rule.MIN_SCORE,
                m.id()
                    + " is not a candidate for "
                    + task.id()
                    + " (min_score "
                    + fmt(policy.minScore())
                    + ")"));
      } else if (result.score() < policy.minScore()) {
        out.add(
            finding(
                use,
                task,
                Rule.MIN_SCORE,
                m.id()
                    + ": score "
                    + fmt(result.score())
                    + " for "
                    + task.id()
                    + " is below min_score "
                    + fmt(policy.minScore())));
      }
    }
  }

  /** Why the model's license breaks the policy, or null when it complies. */
  String licenseProblem(Model m, Manifest.Policy policy) {
    List<String> problems =
        catalog.licenses().expression(m.license()).problems(l -> licenseProblem(l, policy));
    return problems.isEmpty() ? null : m.id() + ": " + String.join("; ", problems);
  }

  private static String licenseProblem(License l, Manifest.Policy policy) {
    if (policy.denyLicenses().contains(l.id())) {
      return "license " + l.id() + " is in deny_licenses";
    }
    boolean commercial = policy.use() != Use.RESEARCH;
    CommercialUse granted = CommercialUse.of(l);
    if (commercial && !granted.granted()) {
      return "license "
          + l.id()
          + " ("
          + l.category()
          + (granted == CommercialUse.UNKNOWN
              ? ") does not state that commercial use is allowed, and the project's use is "
              : ") does not allow commercial use, and the project's use is ")
          + policy.use();
    }
    boolean hasAllow = !policy.allowLicenses().isEmpty() || !policy.allowCategories().isEmpty();
    if (hasAllow
        && !policy.allowLicenses().contains(l.id())
        && !policy.allowCategories().contains(l.category())) {
      return "license "
          + l.id()
          + " (category "
          + l.category()
          + ") is not allowed by allow_categories "
          + policy.allowCategories().stream().map(Object::toString).toList()
          + " or allow_licenses "
          + policy.allowLicenses();
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
      boolean ok =
          licenseProblem(m, policy) == null
              && (!policy.requireOpenWeights() || Boolean.TRUE.equals(m.openWeights()))
              && (policy.maxParameters() == null
                  || (m.parameters() != null && m.parameters() <= policy.maxParameters()))
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

  private Finding finding(Manifest.ModelUse use, Task task, Rule rule, String message) {
    return new Finding(use.id(), task.id(), rule, message, null, use.where(), use.location(), null);
  }

  private Task task(Manifest.ModelUse use, Model model) {
    if (use.task() == null) {
      TaskFit fit =
          model.tasks().stream()
              .filter(t -> t.fit() == Fit.STRONG)
              .findFirst()
              .orElse(model.tasks().isEmpty() ? null : model.tasks().get(0));
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

  private Weights weights(Manifest.Policy policy) {
    String name = policy.profile() == null ? "balanced" : policy.profile();
    for (Profile p : catalog.profiles()) {
      if (p.id().equalsIgnoreCase(name)) {
        return Weights.fromKeys(p.weights());
      }
    }
    if (policy.profile() == null) {
      return Weights.equal();
    }
    throw new CatalogException(
        "unknown profile '"
            + name
            + "'"
            + Suggest.suffix(name, catalog.profiles().stream().map(Profile::id).toList()),
        policy.location());
  }

  private Ranking ranking(Task task, Weights weights) {
    return rankings.computeIfAbsent(
        task.id(),
        k ->
            Ranker.complete(
                catalog, Request.of(task).withUse(manifest.policy().use()).withWeights(weights)));
  }

  private static Result find(Ranking r, String id) {
    return r.results().stream().filter(x -> x.model().id().equals(id)).findFirst().orElse(null);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String nz(String s) {
    return s == null ? "someone" : s;
  }
}
