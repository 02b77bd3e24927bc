package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.catalog.Community;
import io.github.advisorcli.advisor.catalog.Customization;
import io.github.advisorcli.advisor.catalog.Dates;
import io.github.advisorcli.advisor.catalog.Docs;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskFit;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseCategory;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

/**
 * The six criterion formulas. Each is a pure function of a model's catalog facts and, for
 * performance, of the benchmark ranges among the candidates. {@code docs/scoring.md} documents
 * them; keep the two in step.
 */
public final class Criteria {
  /** The score of a task fit level. */
  public static double fitValue(Fit fit) {
    return switch (fit) {
      case STRONG -> 1.0;
      case GOOD -> 0.7;
      case WEAK -> 0.35;
    };
  }

  /** How much a fit for a related task counts toward this one. */
  public static final double RELATED = 0.5;

  /** Share of benchmark quality in performance; the rest is efficiency. */
  static final double QUALITY_SHARE = 0.7;

  /** Community recency half-life, in years. */
  static final double HALF_LIFE_YEARS = 2.0;

  private final Task task;
  private final TaskVocabulary tasks;
  private final LicenseRegistry licenses;
  private final Use use;
  private final MissingPolicy missing;
  private final LocalDate reference;
  private final BenchmarkRanges ranges;
  private final boolean describe;

  public Criteria(
      Task task,
      TaskVocabulary tasks,
      LicenseRegistry licenses,
      Use use,
      MissingPolicy missing,
      LocalDate reference,
      BenchmarkRanges ranges) {
    this(task, tasks, licenses, use, missing, reference, ranges, true);
  }

  /**
   * @param reference the date recency is measured from, or null while it is not known yet (only
   *     {@link #bounds} accepts that)
   * @param describe whether scores carry the facts behind them; without, only the values are right
   */
  Criteria(
      Task task,
      TaskVocabulary tasks,
      LicenseRegistry licenses,
      Use use,
      MissingPolicy missing,
      LocalDate reference,
      BenchmarkRanges ranges,
      boolean describe) {
    this.describe = describe;
    this.task = task;
    this.tasks = tasks;
    this.licenses = licenses;
    this.use = use;
    this.missing = missing;
    this.reference = reference;
    this.ranges = ranges;
  }

  public EnumMap<Criterion, CriterionScore> score(Model m) {
    EnumMap<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
    scores.put(Criterion.TASK_FIT, taskFit(m));
    scores.put(Criterion.PERFORMANCE, performance(m));
    scores.put(Criterion.DOCS, docs(m));
    scores.put(Criterion.COMMUNITY, community(m));
    scores.put(Criterion.CUSTOMIZABILITY, customizability(m));
    scores.put(Criterion.LICENSE, license(m));
    return scores;
  }

  /**
   * The lowest and highest value each criterion can take once the benchmark ranges (and, if not yet
   * known, the reference date) are settled; the other criteria are exact. Performance is bounded by
   * benchmark quality 0 and 1, and community by recency 0 and 1. Every formula is monotone in those
   * inputs, in floating point too, so the bounds hold for the exact scores.
   */
  void bounds(Model m, double[] lo, double[] hi) {
    exact(lo, hi, Criterion.TASK_FIT, taskFit(m));
    if (ranges.reports(m)) {
      lo[Criterion.PERFORMANCE.ordinal()] = performance(m, QUALITY_0).value();
      hi[Criterion.PERFORMANCE.ordinal()] = performance(m, QUALITY_1).value();
    } else {
      exact(lo, hi, Criterion.PERFORMANCE, performance(m, NO_QUALITY));
    }
    exact(lo, hi, Criterion.DOCS, docs(m));
    if (reference == null && m.community() != null && m.community().lastRelease() != null) {
      lo[Criterion.COMMUNITY.ordinal()] = community(m, 0.0).value();
      hi[Criterion.COMMUNITY.ordinal()] = community(m, 1.0).value();
    } else {
      exact(lo, hi, Criterion.COMMUNITY, community(m));
    }
    exact(lo, hi, Criterion.CUSTOMIZABILITY, customizability(m));
    exact(lo, hi, Criterion.LICENSE, license(m));
  }

  private static final BenchmarkRanges.Quality QUALITY_0 =
      new BenchmarkRanges.Quality(0.0, "", List.of());
  private static final BenchmarkRanges.Quality QUALITY_1 =
      new BenchmarkRanges.Quality(1.0, "", List.of());
  private static final BenchmarkRanges.Quality NO_QUALITY =
      new BenchmarkRanges.Quality(null, "", List.of());

  private static void exact(double[] lo, double[] hi, Criterion c, CriterionScore s) {
    lo[c.ordinal()] = s.value();
    hi[c.ordinal()] = s.value();
  }

  /**
   * The task-fit value of a model for the task: the better of its own fit and half its best fit for
   * a related task; 0 if neither.
   */
  public static double taskFitValue(Model m, Task task) {
    TaskFit direct = m.fitFor(task.id());
    double best = direct == null ? 0 : fitValue(direct.fit());
    TaskFit related = bestRelated(m, task);
    if (related != null) {
      best = Math.max(best, RELATED * fitValue(related.fit()));
    }
    return best;
  }

  private static TaskFit bestRelated(Model m, Task task) {
    TaskFit best = null;
    for (String related : task.related()) {
      TaskFit fit = m.fitFor(related);
      if (fit != null && (best == null || fitValue(fit.fit()) > fitValue(best.fit()))) {
        best = fit;
      }
    }
    return best;
  }

  CriterionScore taskFit(Model m) {
    Facts f = new Facts(missing);
    TaskFit direct = m.fitFor(task.id());
    TaskFit related = bestRelated(m, task);
    double directValue = direct == null ? 0 : fitValue(direct.fit());
    double relatedValue = related == null ? 0 : RELATED * fitValue(related.fit());
    if (direct != null && directValue >= relatedValue) {
      return f.add(
              "fit",
              directValue,
              1,
              !describe
                  ? ""
                  : "fit "
                      + direct.fit()
                      + " for "
                      + task.id()
                      + (direct.why() == null ? "" : ": " + direct.why()))
          .score();
    }
    if (related == null) {
      return f.add("fit", 0.0, 1, "not listed for " + task.id() + " or a related task").score();
    }
    return f.add(
            "fit",
            relatedValue,
            1,
            !describe
                ? ""
                : "fit "
                    + related.fit()
                    + " for related task "
                    + related.id()
                    + ", counted at half")
        .score();
  }

  CriterionScore performance(Model m) {
    return performance(m, ranges.quality(m));
  }

  private CriterionScore performance(Model m, BenchmarkRanges.Quality quality) {
    Facts f = new Facts(missing);
    f.add("benchmarks:" + task.id(), quality.value(), QUALITY_SHARE, quality.description());
    quality.unranked().forEach(f::note);
    Long size = m.activeParameters() != null ? m.activeParameters() : m.parameters();
    f.add(
        "parameters",
        size == null ? null : efficiency(size),
        1 - QUALITY_SHARE,
        size == null || !describe
            ? ""
            : "efficiency "
                + fmt(efficiency(size))
                + " from "
                + human(size)
                + (m.activeParameters() != null ? " active" : "")
                + " parameters");
    return f.score();
  }

  /** 1 at a million parameters or fewer, 0.5 at a billion, 0 at a trillion, on a log scale. */
  public static double efficiency(long parameters) {
    double log = Math.log10(Math.max(parameters, 1));
    return Facts.clamp(1 - (log - 6) / 6);
  }

  CriterionScore docs(Model m) {
    Facts f = new Facts(missing);
    Docs d = m.docs();
    Double card = null;
    if (d != null && d.modelCard() != null) {
      card =
          switch (d.modelCard()) {
            case COMPLETE -> 1.0;
            case PARTIAL -> 0.6;
            case MINIMAL -> 0.3;
            case NONE -> 0.0;
          };
    }
    f.add(
        "docs.model_card",
        card,
        1,
        d == null || d.modelCard() == null || !describe ? "" : "model card " + d.modelCard());
    Boolean examples = d == null ? null : d.examples();
    f.add(
        "docs.examples",
        bool(examples),
        1,
        examples == null || !describe
            ? ""
            : (examples ? "official examples" : "no official examples"));
    List<String> frameworks = d == null ? null : d.frameworks();
    f.add(
        "docs.frameworks",
        frameworks == null ? null : Math.min(frameworks.size(), 4) / 4.0,
        1,
        frameworks == null || !describe
            ? ""
            : "frameworks: " + (frameworks.isEmpty() ? "none" : String.join(", ", frameworks)));
    return f.score();
  }

  CriterionScore community(Model m) {
    return community(m, null);
  }

  /** Community, with recency fixed at {@code recencyOverride} when it is not null. */
  private CriterionScore community(Model m, Double recencyOverride) {
    Facts f = new Facts(missing);
    Community c = m.community();
    Long downloads = c == null ? null : c.hfDownloads();
    Long likes = c == null ? null : c.hfLikes();
    Long stars = c == null ? null : c.githubStars();
    f.add(
        "community.hf_downloads",
        logScale(downloads, 8),
        1,
        downloads == null || !describe
            ? ""
            : String.format(Locale.ROOT, "%,d downloads/month", downloads));
    f.add(
        "community.hf_likes",
        logScale(likes, 5),
        1,
        likes == null || !describe ? "" : String.format(Locale.ROOT, "%,d likes", likes));
    f.add(
        "community.github_stars",
        logScale(stars, 5),
        1,
        stars == null || !describe ? "" : String.format(Locale.ROOT, "%,d GitHub stars", stars));
    String released = c == null ? null : c.lastRelease();
    Double recency =
        released == null
            ? null
            : recencyOverride != null ? recencyOverride : recency(Dates.parse(released), reference);
    f.add(
        "community.last_release",
        recency,
        1.5,
        released == null || !describe
            ? ""
            : "last release " + released + " (recency " + fmt(recency) + ")");
    return f.score();
  }

  /** log10(1+n) / decades, capped at 1: downloads reach 1 at 10^8, likes and stars at 10^5. */
  static Double logScale(Long n, int decades) {
    return n == null ? null : Facts.clamp(Math.log10(1.0 + n) / decades);
  }

  /** 1 for a release on the reference date, halving every {@value #HALF_LIFE_YEARS} years. */
  public static double recency(LocalDate released, LocalDate reference) {
    double years = Math.max(0, ChronoUnit.DAYS.between(released, reference)) / 365.25;
    return Math.pow(0.5, years / HALF_LIFE_YEARS);
  }

  CriterionScore customizability(Model m) {
    Facts f = new Facts(missing);
    boolean open = Boolean.TRUE.equals(m.openWeights());
    f.add(
        "open_weights",
        open ? 1.0 : 0.0,
        2,
        !describe ? "" : open ? "open weights" : "weights not released");
    Customization c = m.customization();
    List<String> routes = c == null ? null : c.fineTuning();
    Double routeScore = null;
    if (routes != null) {
      double s = 0;
      for (String r :
          new java.util.TreeSet<>(
              routes.stream()
                  .map(x -> x.toLowerCase(Locale.ROOT).replace("peft", "lora"))
                  .toList())) {
        s +=
            switch (r) {
              case "full" -> 0.5;
              case "lora" -> 0.3;
              case "adapters", "prompt-tuning" -> 0.1;
              default -> 0.0;
            };
      }
      routeScore = Math.min(1, s);
    }
    f.add(
        "customization.fine_tuning",
        routeScore,
        1.5,
        routes == null || !describe
            ? ""
            : "fine-tuning: " + (routes.isEmpty() ? "none" : String.join(", ", routes)));
    Boolean code = c == null ? null : c.trainingCodeOpen();
    f.add(
        "customization.training_code_open",
        bool(code),
        1,
        code == null || !describe ? "" : (code ? "training code open" : "training code closed"));
    Boolean data = c == null ? null : c.trainingDataOpen();
    f.add(
        "customization.training_data_open",
        bool(data),
        0.5,
        data == null || !describe ? "" : (data ? "training data open" : "training data closed"));
    Boolean quantized = c == null ? null : c.quantizedVariants();
    f.add(
        "customization.quantized_variants",
        bool(quantized),
        1,
        quantized == null || !describe
            ? ""
            : (quantized ? "quantized variants exist" : "no quantized variants"));
    return f.score();
  }

  CriterionScore license(Model m) {
    Facts f = new Facts(missing);
    List<License> named = licenses.licensesIn(m.license());
    if (named.isEmpty()) {
      return f.add("license", null, 1, "").score();
    }
    boolean choice = LicenseRegistry.isChoice(m.license());
    double value = choice ? 0 : 1;
    for (License l : named) {
      double v = licenseValue(l, use);
      value = choice ? Math.max(value, v) : Math.min(value, v);
    }
    License first = named.get(0);
    return f.add(
            "license",
            value,
            1,
            !describe
                ? ""
                : m.license()
                    + " ("
                    + first.category()
                    + ") for "
                    + use
                    + " use"
                    + (Boolean.FALSE.equals(first.commercialUse()) ? ": no commercial use" : "")
                    + (first.userThreshold() != null
                        ? ": separate licence above "
                            + String.format(Locale.ROOT, "%,d", first.userThreshold())
                            + " monthly users"
                        : ""))
        .score();
  }

  /**
   * How well one license's terms suit a use: the category's base value, less for extra conditions.
   */
  public static double licenseValue(License l, Use use) {
    boolean commercial = use != Use.RESEARCH;
    if (commercial && Boolean.FALSE.equals(l.commercialUse())) {
      return 0;
    }
    LicenseCategory category = l.category();
    double base =
        switch (category) {
          case PERMISSIVE -> 1.0;
          case WEAK_COPYLEFT -> use == Use.COMMERCIAL ? 0.85 : 0.95;
          case COPYLEFT -> use == Use.COMMERCIAL ? 0.6 : 0.9;
          case USE_RESTRICTED -> use == Use.COMMERCIAL ? 0.7 : use == Use.RESEARCH ? 0.85 : 0.8;
          case COMMUNITY -> use == Use.COMMERCIAL ? 0.6 : use == Use.RESEARCH ? 0.85 : 0.75;
          case NON_COMMERCIAL -> use == Use.RESEARCH ? 0.8 : 0.0;
          case PROPRIETARY -> 0.2;
        };
    if (commercial
        && Boolean.TRUE.equals(l.useRestrictions())
        && category != LicenseCategory.USE_RESTRICTED) {
      base -= 0.1;
    }
    if (use == Use.COMMERCIAL && l.userThreshold() != null) {
      base -= 0.1;
    }
    return Facts.clamp(base);
  }

  private static Double bool(Boolean b) {
    return b == null ? null : (b ? 1.0 : 0.0);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String human(long n) {
    if (n >= 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.1fB", n / 1e9);
    }
    return String.format(Locale.ROOT, "%.0fM", n / 1e6);
  }

  Task task() {
    return task;
  }

  TaskVocabulary tasks() {
    return tasks;
  }
}
