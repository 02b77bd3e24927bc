package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.Reason;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Lineage;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.catalog.stream.CatalogStream;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Ranks models for a task: the one place that decides candidates, exclusions, scores and order.
 * Candidates are the models that list the task or a related one; every candidate, before any
 * constraint, counts toward the peers that missing facts are imputed from; constraints then exclude
 * some; the rest get six criterion scores and one overall score, and are ordered: a model that
 * lists the task with a good or strong fit before one that does not, then by score, ties by id.
 * Pure: no I/O, no clock, no randomness.
 *
 * <p>Two strategies give the same scores and order. {@link #complete} ranks every candidate of an
 * in-memory catalog. {@link #top} ranks a catalog read as a stream and keeps only the best k, in
 * memory bounded by k and by the candidates that might still be among them: the first pass finds
 * the candidates, collects the peers and bounds each candidate's score (every imputed fact, and
 * recency while the catalog's date is unknown, between 0 and 1, where every score is monotone);
 * candidates whose upper bound falls below the k-th best lower bound can never be among the best
 * and are dropped; the second pass scores the rest exactly.
 */
public final class Ranker {
  private final Request request;
  private final TaskVocabulary tasks;
  private final LicenseRegistry licenses;
  private final Peers peers = new Peers();
  // A model's lineage decides its effective license: base models need the catalog to look up.
  private final Function<Model, Lineage> lineage;

  private Ranker(
      Request request,
      TaskVocabulary tasks,
      LicenseRegistry licenses,
      Function<Model, Lineage> lineage) {
    this.request = request;
    this.tasks = tasks;
    this.licenses = licenses;
    this.lineage = lineage;
  }

  /**
   * Best first; a model that leads before one that does not; scores equal to 12 decimal places by
   * id.
   */
  public static final Comparator<Result> ORDER = new ResultOrder();

  /**
   * Written out rather than composed from {@code Comparator.comparingDouble(...).reversed()
   * .thenComparing(...)}: the JDK's composed comparators are lambdas that no class-data archive
   * holds, made anew at every start.
   */
  private static final class ResultOrder implements Comparator<Result> {
    @Override
    public int compare(Result a, Result b) {
      int byValue = Double.compare(rounded(b.orderValue()), rounded(a.orderValue()));
      return byValue != 0 ? byValue : a.model().id().compareTo(b.model().id());
    }

    /**
     * The value to 12 decimal places: weighted sums that are equal in exact arithmetic differ in
     * their last bits with a common factor on the weights or the order of the terms, and such a tie
     * is broken by id, not by rounding noise.
     */
    private static double rounded(double value) {
      return Math.rint(value * 1e12);
    }
  }

  /** Every candidate of the catalog, ranked, with the exclusions. */
  public static Ranking complete(Catalog catalog, Request request) {
    return new Ranker(
            request, catalog.tasks(), catalog.licenses(), m -> Lineage.of(m, catalog::find))
        .completeRanking(catalog);
  }

  /** The best {@code k} candidates of the catalog in the stream; no exclusions are kept. */
  public static Ranking top(CatalogStream stream, Registries registries, Request request, int k) {
    if (request.method() != Method.WEIGHTED_SUM) {
      throw new IllegalArgumentException("a top-k ranking needs the weighted sum");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1");
    }
    return new Ranker(request, registries.tasks(), registries.licenses(), Lineage::own)
        .topRanking(stream, k);
  }

  /** Whether the model is a candidate: it lists the task or a related one (after the rules). */
  private boolean candidate(Model m) {
    return Criteria.taskFitValue(m, request.task()) > 0;
  }

  private Criteria criteria(LocalDate reference) {
    return new Criteria(
            request.task(), tasks, licenses, request.use(), request.missing(), reference, peers)
        .withTerms(lineage, request.constraints().situation());
  }

  private Optional<Reason> violation(Model m) {
    return request.constraints().violation(m, licenses, lineage.apply(m));
  }

  private Ranking completeRanking(Catalog catalog) {
    Criteria criteria = criteria(Scorer.reference(catalog.asOf()));
    List<Model> candidates = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    for (Model m : catalog.models()) {
      if (!candidate(m)) {
        continue;
      }
      criteria.observe(m, true);
      Optional<Reason> violation = violation(m);
      if (violation.isPresent()) {
        excluded.add(new Exclusion(m, violation.get()));
      } else {
        candidates.add(m);
      }
    }
    excluded.sort((a, b) -> a.model().id().compareTo(b.model().id()));
    List<EnumMap<Criterion, CriterionScore>> scores = new ArrayList<>();
    for (Model m : candidates) {
      scores.add(criteria.score(m));
    }
    double[] overall = Scorer.combine(scores, request.weights(), request.method());
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Model m = candidates.get(i);
      results.add(new Result(0, m, overall[i], scores.get(i), Criteria.leads(m, request.task())));
    }
    return new Ranking(request, ranked(results), excluded, true);
  }

  private static List<Result> ranked(List<Result> results) {
    List<Result> sorted = new ArrayList<>(results);
    sorted.sort(ORDER);
    List<Result> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      ranked.add(sorted.get(i).withRank(i + 1));
    }
    return ranked;
  }

  // ------------------------------------------------------------------------------------- top k

  private record Bounded(double upper, CatalogStream.Span span) {}

  private Ranking topRanking(CatalogStream stream, int k) {
    double[] weights = request.weights().array();
    double total = Scorer.total(weights);
    Pruning pruning = new Pruning(k);
    Criteria[] bounding = new Criteria[1];
    CatalogStream.Summary summary =
        stream.scan(
            new CatalogStream.Consumer() {
              @Override
              public void begin(String asOf) {
                bounding[0] = criteria(asOf == null ? null : Scorer.reference(asOf));
              }

              @Override
              public void accept(CatalogStream.Span span, Model m) {
                if (!candidate(m)) {
                  return;
                }
                bounding[0].observe(m);
                if (violation(m).isPresent()) {
                  return;
                }
                double[] lo = new double[Criterion.values().length];
                double[] hi = new double[Criterion.values().length];
                bounding[0].bounds(m, lo, hi);
                double lead = Criteria.leads(m, request.task()) ? 1 : 0;
                pruning.keep(
                    span,
                    lead + Scorer.weightedSum(lo, weights, total),
                    lead + Scorer.weightedSum(hi, weights, total));
              }

              @Override
              public void restart() {
                pruning.clear();
              }
            });
    Criteria criteria = criteria(Scorer.reference(summary.asOf()));
    Best best = new Best(k);
    double[] row = new double[Criterion.values().length];
    stream.read(
        pruning.spans(),
        (span, m) -> {
          EnumMap<Criterion, CriterionScore> scores = criteria.score(m);
          for (Criterion c : Criterion.values()) {
            row[c.ordinal()] = scores.get(c).value();
          }
          best.offer(
              new Result(
                  0,
                  m,
                  Scorer.weightedSum(row, weights, total),
                  scores,
                  Criteria.leads(m, request.task())));
        });
    return new Ranking(request, ranked(best.sorted()), List.of(), false);
  }

  /** The first pass's bookkeeping; called from several threads at once. */
  private static final class Pruning {
    private final int k;

    /** The k best lower bounds so far; the worst of them at the head. */
    private final PriorityQueue<Double> floors = new PriorityQueue<>();

    /** Candidates whose upper bound reaches the floor, the lowest upper bound at the head. */
    private final PriorityQueue<Bounded> possible =
        new PriorityQueue<>(Comparator.comparingDouble(Bounded::upper));

    Pruning(int k) {
      this.k = k;
    }

    synchronized void clear() {
      floors.clear();
      possible.clear();
    }

    synchronized void keep(CatalogStream.Span span, double lower, double upper) {
      if (floors.size() < k) {
        floors.add(lower);
      } else if (lower > floors.peek()) {
        floors.poll();
        floors.add(lower);
      }
      double floor = floors.size() < k ? Double.NEGATIVE_INFINITY : floors.peek();
      if (upper >= floor) {
        possible.add(new Bounded(upper, span));
      }
      while (!possible.isEmpty() && possible.peek().upper() < floor) {
        possible.poll();
      }
    }

    synchronized List<CatalogStream.Span> spans() {
      List<CatalogStream.Span> spans = new ArrayList<>();
      for (Bounded b : possible) {
        spans.add(b.span());
      }
      return spans;
    }
  }

  /** The best {@code k} results offered so far, in {@link #ORDER}. */
  static final class Best {
    private final int k;
    // The worst kept result is at the head.
    private final PriorityQueue<Result> heap;

    Best(int k) {
      this.k = k;
      this.heap = new PriorityQueue<>(Math.min(k, 1024) + 1, ORDER.reversed());
    }

    void offer(Result r) {
      if (heap.size() < k) {
        heap.add(r);
      } else if (ORDER.compare(r, heap.peek()) < 0) {
        heap.poll();
        heap.add(r);
      }
    }

    /** The kept results, best first. */
    List<Result> sorted() {
      List<Result> out = new ArrayList<>(heap);
      out.sort(ORDER);
      return out;
    }
  }
}
