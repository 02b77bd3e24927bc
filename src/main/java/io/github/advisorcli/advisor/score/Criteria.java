package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.ParameterCount;
import io.github.advisorcli.advisor.catalog.Capability;
import io.github.advisorcli.advisor.catalog.Community;
import io.github.advisorcli.advisor.catalog.Customization;
import io.github.advisorcli.advisor.catalog.Dates;
import io.github.advisorcli.advisor.catalog.Docs;
import io.github.advisorcli.advisor.catalog.EcosystemSupport;
import io.github.advisorcli.advisor.catalog.Fit;
import io.github.advisorcli.advisor.catalog.FitRule;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.catalog.TaskFit;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.license.CommercialUse;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseExpression;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import io.github.advisorcli.advisor.license.LicenseTerms;
import io.github.advisorcli.advisor.license.Use;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The six criterion formulas. Each is a pure function of a model's catalog facts and, for a
 * sub-fact the catalog lacks, of the lowest value the task's candidates record ({@link Peers}).
 * They return facts, not sentences: {@code render} words them. {@code docs/scoring.md} documents
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

  /**
   * Weight of parameter efficiency inside customizability (where the other weights add up to 6): a
   * smaller model is cheaper to fine-tune, quantise and serve yourself.
   */
  static final double EFFICIENCY_WEIGHT = 1.5;

  /** Release recency half-life, in years. */
  static final double HALF_LIFE_YEARS = 2.0;

  /** Runtimes counted by the ecosystem sub-fact reach 1 at this many. */
  static final int ECOSYSTEM_FULL = 4;

  private final Task task;
  private final LicenseRegistry licenses;
  private final Use use;
  private final MissingPolicy missing;
  private final LocalDate reference;

  /** Criteria kept from the peers' pass, by model (identity: a model is one object in a run). */
  private final java.util.Map<Model, EnumMap<Criterion, CriterionScore>> settled =
      new java.util.IdentityHashMap<>();

  private final BenchmarkQuality quality;
  private final Peers peers;
  private java.util.function.Function<Model, io.github.advisorcli.advisor.catalog.Lineage> lineage =
      io.github.advisorcli.advisor.catalog.Lineage::own;
  private io.github.advisorcli.advisor.license.Situation situation =
      io.github.advisorcli.advisor.license.Situation.UNSTATED;

  /**
   * @param reference the date recency is measured from, or null while it is not known yet (only
   *     {@link #bounds} accepts that)
   * @param peers the lowest recorded value of each sub-fact among the task's candidates
   */
  public Criteria(
      Task task,
      TaskVocabulary tasks,
      LicenseRegistry licenses,
      Use use,
      MissingPolicy missing,
      LocalDate reference,
      Peers peers) {
    this.task = task;
    this.licenses = licenses;
    this.use = use;
    this.missing = missing;
    this.reference = reference;
    this.quality = new BenchmarkQuality(task, tasks.references());
    this.peers = peers;
  }

  /**
   * Judges a model's license by its effective terms, with its lineage as this function gives it,
   * and explains its conditions for the user's situation.
   */
  Criteria withTerms(
      java.util.function.Function<Model, io.github.advisorcli.advisor.catalog.Lineage> l,
      io.github.advisorcli.advisor.license.Situation s) {
    this.lineage = l;
    this.situation = s;
    return this;
  }

  /** The six scores, missing sub-facts imputed from the model's peers. */
  public EnumMap<Criterion, CriterionScore> score(Model m) {
    boolean leads = leads(m, task);
    Facts.Imputation imputation = subFact -> impute(subFact, leads);
    EnumMap<Criterion, CriterionScore> kept = settled.get(m);
    EnumMap<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      CriterionScore k = kept == null ? null : kept.get(c);
      scores.put(c, k != null ? k : criterion(c, m, imputation, null));
    }
    return scores;
  }

  private double impute(String subFact, boolean leads) {
    if (subFact.equals(RELEASE) && missing == MissingPolicy.LOWEST_KNOWN) {
      LocalDate oldest = peers.oldestRelease(leads);
      return oldest == null
          ? MissingPolicy.NOBODY
          : Math.max(0, recency(oldest, reference) - MissingPolicy.PENALTY);
    }
    return peers.impute(subFact, missing, leads);
  }

  /**
   * Reports the model's recorded sub-facts to the peers. Recency depends on the catalog's date,
   * which a streamed catalog may give only at its end, so the peers keep the oldest release date
   * instead of its recency.
   */
  void observe(Model m) {
    observe(m, false);
  }

  /**
   * Reports the model's recorded sub-facts to the peers, and with {@code keep} keeps the criteria
   * that depend on neither the peers nor the reference date (no sub-fact missing; not community,
   * which holds recency), which {@link #score(Model)} then gives as they are instead of working
   * them out again.
   */
  void observe(Model m, boolean keep) {
    boolean leads = leads(m, task);
    LocalDate released = releaseDate(m);
    if (released != null) {
      peers.observeRelease(released, leads);
    }
    boolean[] imputed = new boolean[1];
    Facts.Imputation recording =
        new Facts.Imputation() {
          @Override
          public double value(String subFact) {
            imputed[0] = true;
            return 0;
          }

          @Override
          public void recorded(String subFact, double value) {
            if (!subFact.equals(RELEASE)) {
              peers.observe(subFact, value, leads);
            }
          }
        };
    EnumMap<Criterion, CriterionScore> kept = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      imputed[0] = false;
      CriterionScore score = criterion(c, m, recording, 0.0);
      if (keep && !imputed[0] && c != Criterion.COMMUNITY) {
        kept.put(c, score);
      }
    }
    if (keep) {
      settled.put(m, kept);
    }
  }

  private CriterionScore criterion(
      Criterion c, Model m, Facts.Imputation imputation, Double recency) {
    Facts f = new Facts(imputation);
    return switch (c) {
      case TASK_FIT -> taskFit(m, f);
      case PERFORMANCE -> performance(m, f);
      case DOCS -> docs(m, f);
      case COMMUNITY -> community(m, f, recency);
      case CUSTOMIZABILITY -> customizability(m, f);
      case LICENSE -> license(m, f);
    };
  }

  private static final String RELEASE = "community.release";

  private EnumMap<Criterion, CriterionScore> score(
      Model m, Facts.Imputation imputation, Double recency) {
    EnumMap<Criterion, CriterionScore> scores = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      scores.put(c, criterion(c, m, imputation, recency));
    }
    return scores;
  }

  /**
   * The lowest and highest value each criterion can take before the peers (and, if not yet known,
   * the reference date) are settled: every imputed sub-fact at 0, then at 1, and recency likewise.
   * Every criterion is a weighted mean with positive weights, so it is monotone in each sub-fact
   * and the bounds hold for the exact scores.
   */
  void bounds(Model m, double[] lo, double[] hi) {
    boolean imputes = missing == MissingPolicy.LOWEST_KNOWN;
    boolean leads = leads(m, task);
    Facts.Imputation low = imputes ? Facts.constant(0) : subFact -> impute(subFact, leads);
    Facts.Imputation high = imputes ? Facts.constant(1) : subFact -> impute(subFact, leads);
    EnumMap<Criterion, CriterionScore> a = score(m, low, reference == null ? 0.0 : null);
    EnumMap<Criterion, CriterionScore> b = score(m, high, reference == null ? 1.0 : null);
    for (Criterion c : Criterion.values()) {
      lo[c.ordinal()] = a.get(c).value();
      hi[c.ordinal()] = b.get(c).value();
    }
  }

  // ------------------------------------------------------------------------------------ task fit

  /**
   * The model's fit for the task after the task's rules: its own listed fit, or the fit a
   * derivation rule gives it when it does not list the task, capped by any limit that applies; null
   * when it has neither or a limit rules it out.
   */
  public static Fit directFit(Model m, Task task) {
    Fit fit = ownFit(m, task);
    return fit == null ? null : capped(fit, m, task);
  }

  /** The fit the model lists for the task, or the one a derivation gives it; before limits. */
  private static Fit ownFit(Model m, Task task) {
    TaskFit listed = m.fitFor(task.id());
    if (listed != null) {
      return listed.fit();
    }
    FitRule derivation = derivationFor(m, task);
    if (derivation == null) {
      return null;
    }
    Fit from = m.fitFor(derivation.fitFrom()).fit();
    Fit cap = derivation.cap();
    return cap == null ? null : fitValue(cap) < fitValue(from) ? cap : from;
  }

  /** The first derivation rule of the task that gives the model a fit it does not list, or null. */
  static FitRule derivationFor(Model m, Task task) {
    if (m.fitFor(task.id()) != null) {
      return null;
    }
    for (FitRule rule : task.fitRules()) {
      if (rule.derives() && rule.appliesTo(m)) {
        return rule;
      }
    }
    return null;
  }

  private static Fit capped(Fit fit, Model m, Task task) {
    Fit result = fit;
    for (FitRule rule : task.fitRules()) {
      if (result != null && !rule.derives() && rule.appliesTo(m)) {
        Fit cap = rule.cap();
        result = cap == null ? null : fitValue(cap) < fitValue(result) ? cap : result;
      }
    }
    return result;
  }

  /** The first limit of the task that applies to the model, or null. */
  static FitRule ruleFor(Model m, Task task) {
    for (FitRule rule : task.fitRules()) {
      if (!rule.derives() && rule.appliesTo(m)) {
        return rule;
      }
    }
    return null;
  }

  /**
   * The task-fit value of a model for the task: the better of its own fit and half its best fit for
   * a related task, both after the task's rules; 0 if neither.
   */
  public static double taskFitValue(Model m, Task task) {
    Fit direct = directFit(m, task);
    double best = direct == null ? 0 : fitValue(direct);
    TaskFit related = bestRelated(m, task);
    if (related != null) {
      Fit r = capped(related.fit(), m, task);
      if (r != null) {
        best = Math.max(best, RELATED * fitValue(r));
      }
    }
    return best;
  }

  /**
   * Whether the model lists the task itself with a good or strong fit (after the task's rules): a
   * model that does not can never rank above one that does, whatever its other criteria.
   */
  public static boolean leads(Model m, Task task) {
    Fit direct = directFit(m, task);
    return direct == Fit.STRONG || direct == Fit.GOOD;
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

  private CriterionScore taskFit(Model m, Facts f) {
    TaskFit listed = m.fitFor(task.id());
    FitRule derivation = derivationFor(m, task);
    Fit own = ownFit(m, task);
    Fit direct = directFit(m, task);
    FitRule rule = ruleFor(m, task);
    if (rule != null && own != null && direct != own) {
      f.note(
          Fact.of("fact.fit.capped", own.id(), direct == null ? "none" : direct.id(), rule.why()));
    }
    double value = taskFitValue(m, task);
    double directValue = direct == null ? 0 : fitValue(direct);
    if (direct != null && directValue >= value) {
      Fact fact =
          listed != null
              ? Fact.of(
                  "fact.fit.direct",
                  direct.id(),
                  task.id(),
                  listed.why() == null ? "" : listed.why())
              : Fact.of(
                  "fact.fit.derived",
                  direct.id(),
                  task.id(),
                  derivation.fitFrom(),
                  derivation.why());
      f.add("fit", value, 1, fact);
    } else if (value > 0) {
      TaskFit related = bestRelated(m, task);
      f.add("fit", value, 1, Fact.of("fact.fit.related", related.fit().id(), related.id()));
    } else {
      f.add("fit", 0.0, 1, Fact.of("fact.fit.none", task.id()));
    }
    return f.score();
  }

  // --------------------------------------------------------------------------------- performance

  private CriterionScore performance(Model m, Facts f) {
    BenchmarkQuality.Quality q = quality.quality(m);
    f.add(
        "benchmarks:" + task.id(),
        q.value(),
        1,
        q.value() == null ? null : Fact.of("fact.quality", q.value(), q.counted().size()));
    q.counted().forEach(f::note);
    q.notes().forEach(f::note);
    return f.score();
  }

  /** 1 at a million parameters or fewer, 0.5 at a billion, 0 at a trillion, on a log scale. */
  public static double efficiency(long parameters) {
    double log = Math.log10(Math.max(parameters, 1));
    return Facts.clamp(1 - (log - 6) / 6);
  }

  // ---------------------------------------------------------------------------------------- docs

  private CriterionScore docs(Model m, Facts f) {
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
        card == null ? null : Fact.of("fact.docs.card", d.modelCard().toString()));
    Boolean examples = d == null ? null : d.examples();
    f.add(
        "docs.examples",
        bool(examples),
        1,
        examples == null
            ? null
            : Fact.of(examples ? "fact.docs.examples" : "fact.docs.no_examples"));
    List<String> frameworks = d == null ? null : d.frameworks();
    f.add(
        "docs.frameworks",
        frameworks == null ? null : Math.min(frameworks.size(), 4) / 4.0,
        1,
        frameworks == null
            ? null
            : Fact.of(
                "fact.docs.frameworks",
                frameworks.isEmpty() ? "-" : String.join(", ", frameworks)));
    return f.score();
  }

  // ----------------------------------------------------------------------------------- community

  private static String names(List<EcosystemSupport> ecosystem) {
    StringBuilder out = new StringBuilder();
    for (EcosystemSupport e : ecosystem) {
      out.append(out.length() == 0 ? "" : ", ").append(e.name());
    }
    return out.toString();
  }

  private CriterionScore community(Model m, Facts f, Double recencyOverride) {
    List<EcosystemSupport> ecosystem = m.ecosystem();
    f.add(
        "community.ecosystem",
        ecosystem == null
            ? null
            : Math.min(ecosystem.size(), ECOSYSTEM_FULL) / (double) ECOSYSTEM_FULL,
        1.5,
        ecosystem == null
            ? null
            : Fact.of("fact.community.ecosystem", ecosystem.isEmpty() ? "-" : names(ecosystem)));
    LocalDate released = releaseDate(m);
    Double recency =
        released == null
            ? null
            : recencyOverride != null ? recencyOverride : recency(released, reference);
    f.add(
        RELEASE,
        recency,
        1.5,
        released == null ? null : Fact.of("fact.community.release", releaseText(m), recency));
    Community c = m.community();
    Long downloads = c == null ? null : c.hfDownloads();
    Long likes = c == null ? null : c.hfLikes();
    Long stars = c == null ? null : c.githubStars();
    String asOf = c == null ? null : c.asOf();
    f.add(
        "community.hf_downloads",
        logScale(downloads, 8),
        1,
        downloads == null ? null : Fact.of("fact.community.downloads", downloads, asOf));
    f.add(
        "community.hf_likes",
        logScale(likes, 5),
        1,
        likes == null ? null : Fact.of("fact.community.likes", likes, asOf));
    f.add(
        "community.github_stars",
        logScale(stars, 5),
        1,
        stars == null ? null : Fact.of("fact.community.stars", stars, asOf));
    return f.score();
  }

  /**
   * When the model (or its latest checkpoint) was released: {@code released} read at the start of
   * the period it names, else the community block's last release date.
   */
  static LocalDate releaseDate(Model m) {
    String released = m.released();
    if (released != null) {
      return switch (released.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(released), 1, 1);
        case 7 -> Dates.parse(released + "-01");
        default -> Dates.parse(released);
      };
    }
    Community c = m.community();
    return c == null || c.lastRelease() == null ? null : Dates.parse(c.lastRelease());
  }

  private static String releaseText(Model m) {
    return m.released() != null ? m.released() : m.community().lastRelease();
  }

  /** log10(1+n) / decades, capped at 1: downloads reach 1 at 10^8, likes and stars at 10^5. */
  static Double logScale(Long n, int decades) {
    return n == null ? null : Facts.clamp(Math.log10(1 + (double) n) / decades);
  }

  /** 1 for a release on the reference date, halving every {@value #HALF_LIFE_YEARS} years. */
  public static double recency(LocalDate released, LocalDate reference) {
    double years = Math.max(0, ChronoUnit.DAYS.between(released, reference)) / 365.25;
    return Math.pow(0.5, years / HALF_LIFE_YEARS);
  }

  // ----------------------------------------------------------------------------- customizability

  private CriterionScore customizability(Model m, Facts f) {
    boolean open = Boolean.TRUE.equals(m.openWeights());
    f.add(
        "open_weights",
        open ? 1.0 : 0.0,
        2,
        Fact.of(open ? "fact.custom.open_weights" : "fact.custom.closed_weights"));
    Customization c = m.customization();
    List<String> routes = c == null ? null : c.fineTuning();
    Double routeScore = null;
    if (routes != null) {
      double s = 0;
      TreeSet<String> distinct = new TreeSet<>();
      for (String route : routes) {
        distinct.add(route.toLowerCase(Locale.ROOT).replace("peft", "lora"));
      }
      for (String r : distinct) {
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
        routes == null
            ? null
            : Fact.of(
                "fact.custom.fine_tuning", routes.isEmpty() ? "-" : String.join(", ", routes)));
    Boolean code = c == null ? null : c.trainingCodeOpen();
    f.add(
        "customization.training_code_open",
        bool(code),
        1,
        code == null ? null : Fact.of(code ? "fact.custom.code_open" : "fact.custom.code_closed"));
    Boolean data = c == null ? null : c.trainingDataOpen();
    f.add(
        "customization.training_data_open",
        bool(data),
        0.5,
        data == null ? null : Fact.of(data ? "fact.custom.data_open" : "fact.custom.data_closed"));
    Boolean quantized = c == null ? null : c.quantizedVariants();
    f.add(
        "customization.quantized_variants",
        bool(quantized),
        1,
        quantized == null
            ? null
            : Fact.of(quantized ? "fact.custom.quantized" : "fact.custom.not_quantized"));
    Long size = m.activeParameters() != null ? m.activeParameters() : m.parameters();
    f.add(
        "efficiency",
        size == null ? null : efficiency(size),
        EFFICIENCY_WEIGHT,
        size == null
            ? null
            : Fact.of(
                m.activeParameters() != null ? "fact.efficiency.active" : "fact.efficiency",
                efficiency(size),
                new ParameterCount(size)));
    return f.score();
  }

  // ------------------------------------------------------------------------------------- license

  private CriterionScore license(Model m, Facts f) {
    String effective = lineage.apply(m).expression();
    LicenseExpression terms = licenses.expression(effective);
    double value = terms.value(l -> LicenseTerms.value(l, use));
    License decisive = terms.decisive(l -> LicenseTerms.value(l, use));
    CommercialUse commercial = terms.commercialUse();
    f.add(
        "license",
        value,
        1,
        Fact.of(
            "fact.license",
            effective,
            decisive.id(),
            decisive.category().id(),
            use.toString(),
            commercial.id()));
    // A conditional license is never silently free: every condition that is not met is shown.
    Boolean imageInput = Capability.IMAGE_INPUT.of(m);
    for (License l : terms.licenses()) {
      for (io.github.advisorcli.advisor.license.Conditions.Applied a :
          io.github.advisorcli.advisor.license.Conditions.apply(l, situation, imageInput)) {
        switch (a.status()) {
          case UNDECIDED -> f.note(Fact.of("fact.license.undecided", l.id(), a.why()));
          case DUTY -> f.note(Fact.of("fact.license.duty", l.id(), a.why()));
          case EXCLUDES -> f.note(Fact.of("fact.license.excludes", l.id(), a.why()));
          case MET -> {}
        }
      }
    }
    return f.score();
  }

  private static Double bool(Boolean b) {
    return b == null ? null : (b ? 1.0 : 0.0);
  }

  Task task() {
    return task;
  }
}
