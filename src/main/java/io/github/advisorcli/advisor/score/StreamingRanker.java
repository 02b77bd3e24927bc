package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.catalog.CatalogStream;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Ranks a catalog read as a stream and keeps only the best {@code top} results, in memory bounded
 * by {@code top} and by the models that might still be among them.
 *
 * <p>The first pass checks every model, finds the candidates, and accumulates the benchmark ranges
 * among them. Every score but performance's benchmark quality (and, while the catalog's date is not
 * known, recency) is already exact then, and quality lies in [0, 1]: so each candidate's overall
 * score has a lower and an upper bound. The first pass keeps the {@code top} best lower bounds, and
 * where in the file each candidate lies whose upper bound reaches the worst of them; a candidate
 * whose upper bound falls below it can never be among the best {@code top}. The second pass reads
 * only the candidates kept, scores them exactly, and keeps the best {@code top} in a heap.
 *
 * <p>Scores, order and ties are exactly those of {@link Scorer#rank} on the same catalog: every
 * score depends only on the model, the request and the ranges, and the ranges (min, max, count) do
 * not depend on the order of the models. Only the weighted sum is supported, because TOPSIS scores
 * depend on every candidate at once; exclusions are not kept.
 */
public final class StreamingRanker {
  private final Registries registries;
  private final Request request;
  private final int top;
  private final double[] weights;
  private final double total;
  private BenchmarkRanges ranges;
  private Criteria bounding;

  /** The {@code top} best lower bounds so far; the worst of them at the head. */
  private final PriorityQueue<Double> floors = new PriorityQueue<>();

  /** Candidates whose upper bound reaches the floor, the lowest upper bound at the head. */
  private final PriorityQueue<Bounded> possible =
      new PriorityQueue<>(Comparator.comparingDouble(Bounded::upper));

  private record Bounded(double upper, CatalogStream.Span span) {}

  private StreamingRanker(Registries registries, Request request, int top) {
    if (request.method() != Method.WEIGHTED_SUM) {
      throw new IllegalArgumentException("a streamed ranking needs the weighted sum");
    }
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1");
    }
    this.registries = registries;
    this.request = request;
    this.top = top;
    this.weights = request.weights().array();
    this.total = Scorer.total(weights);
    this.ranges = new BenchmarkRanges(request.task());
  }

  /**
   * The best {@code top} results of the catalog in the stream, ranked. The stream's first pass may
   * run on several threads.
   */
  public static Ranking rank(
      CatalogStream stream, Registries registries, Request request, int top) {
    return new StreamingRanker(registries, request, top).run(stream);
  }

  private Ranking run(CatalogStream stream) {
    CatalogStream.Summary summary =
        stream.scan(
            new CatalogStream.Consumer() {
              @Override
              public void begin(String asOf) {
                bounding = criteria(asOf == null ? null : Scorer.reference(asOf), false);
              }

              @Override
              public void accept(CatalogStream.Span span, Model m) {
                first(span, m);
              }

              @Override
              public void restart() {
                reset();
              }
            });
    Criteria criteria = criteria(Scorer.reference(summary.asOf()), true);
    List<CatalogStream.Span> spans = new ArrayList<>();
    for (Bounded b : possible) {
      spans.add(b.span());
    }
    Best best = new Best(top);
    double[] row = new double[Criterion.values().length];
    stream.read(
        spans,
        (span, m) -> {
          EnumMap<Criterion, CriterionScore> scores = criteria.score(m);
          for (Criterion c : Criterion.values()) {
            row[c.ordinal()] = scores.get(c).value();
          }
          best.offer(new Result(0, m, Scorer.weightedSum(row, weights, total), scores));
        });
    List<Result> ranked = new ArrayList<>();
    for (Result r : best.sorted()) {
      ranked.add(r.withRank(ranked.size() + 1));
    }
    return new Ranking(request, ranked, List.of());
  }

  private Criteria criteria(java.time.LocalDate reference, boolean describe) {
    return new Criteria(
        request.task(),
        registries.tasks(),
        registries.licenses(),
        request.use(),
        request.missing(),
        reference,
        ranges,
        describe);
  }

  private synchronized void reset() {
    ranges = new BenchmarkRanges(request.task());
    floors.clear();
    possible.clear();
  }

  /**
   * The first pass over one model: is it a candidate, and could it be among the best? Called from
   * several threads at once.
   */
  private void first(CatalogStream.Span span, Model m) {
    if (Criteria.taskFitValue(m, request.task()) <= 0
        || request.constraints().violation(m, registries.licenses()).isPresent()) {
      return;
    }
    double[] lo = new double[Criterion.values().length];
    double[] hi = new double[Criterion.values().length];
    bounding.bounds(m, lo, hi);
    double lower = Scorer.weightedSum(lo, weights, total);
    double upper = Scorer.weightedSum(hi, weights, total);
    keep(span, m, lower, upper);
  }

  private synchronized void keep(CatalogStream.Span span, Model m, double lower, double upper) {
    ranges.add(m);
    if (floors.size() < top) {
      floors.add(lower);
    } else if (lower > floors.peek()) {
      floors.poll();
      floors.add(lower);
    }
    double floor = floors.size() < top ? Double.NEGATIVE_INFINITY : floors.peek();
    if (upper >= floor) {
      possible.add(new Bounded(upper, span));
    }
    while (!possible.isEmpty() && possible.peek().upper() < floor) {
      possible.poll();
    }
  }

  /** The best {@code k} results offered so far, in {@link Scorer#ORDER}. */
  static final class Best {
    private final int k;
    // The worst kept result is at the head.
    private final PriorityQueue<Result> heap;

    Best(int k) {
      this.k = k;
      this.heap = new PriorityQueue<>(Math.min(k, 1024) + 1, Scorer.ORDER.reversed());
    }

    void offer(Result r) {
      if (heap.size() < k) {
        heap.add(r);
      } else if (Scorer.ORDER.compare(r, heap.peek()) < 0) {
        heap.poll();
        heap.add(r);
      }
    }

    /** The kept results, best first. */
    List<Result> sorted() {
      List<Result> out = new ArrayList<>(heap);
      out.sort(Scorer.ORDER);
      return out;
    }
  }
}
