package io.github.advisorcli.advisor.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How much a ranking depends on the exact weights. Samples weight vectors around the given ones
 * (each weight multiplied by e^(σ·z), z standard normal, σ = {@value #SIGMA}), re-ranks, and counts
 * how often each model comes first and in the top three. It also finds, exactly, the smallest
 * change to a single weight that would change the first place.
 */
public final class Robustness {
  /** Spread of the log-normal weight perturbation. */
  public static final double SIGMA = 0.25;

  /** Below this share of first places, the winner is said to be within noise. */
  public static final double STABLE_SHARE = 0.6;

  /**
   * Per-model frequencies.
   *
   * @param id the model id
   * @param first share of samples where it ranks first
   * @param top3 share of samples where it ranks in the top three
   */
  public record Stability(String id, double first, double top3) {}

  /**
   * The smallest single-weight change that changes the winner.
   *
   * @param criterion the weight to change
   * @param from its current value
   * @param to the value at which the winner changes
   * @param newWinner who then ranks first
   */
  public record Flip(Criterion criterion, double from, double to, String newWinner) {}

  /**
   * The analysis.
   *
   * @param samples how many weight vectors were sampled
   * @param seed the seed they were drawn with
   * @param models per-model stability, in ranking order
   * @param flip the smallest change of one weight that changes the first place, or null if none
   *     does
   * @param withinNoise whether the winner ranks first in fewer than {@value #STABLE_SHARE} of
   *     samples
   */
  public record Report(
      int samples, long seed, List<Stability> models, Flip flip, boolean withinNoise) {}

  private Robustness() {}

  public static Report analyze(Ranking ranking, int samples, long seed) {
    List<Result> results = ranking.results();
    int n = results.size();
    double[][] matrix = Scorer.matrix(results);
    double[] base = ranking.request().weights().array();
    Method method = ranking.request().method();
    int[] first = new int[n];
    int[] top3 = new int[n];
    SplittableRandom random = new SplittableRandom(seed);
    double[] w = new double[base.length];
    Integer[] order = new Integer[n];
    for (int s = 0; s < samples && n > 0; s++) {
      for (int j = 0; j < base.length; j++) {
        w[j] = base[j] * Math.exp(SIGMA * gaussian(random));
      }
      double[] scores =
          method == Method.TOPSIS ? Topsis.closeness(matrix, w) : Scorer.weightedSum(matrix, w);
      for (int i = 0; i < n; i++) {
        if (results.get(i).leads()) {
          scores[i] += 1; // a model that leads stays above one that does not, as in the ranking
        }
      }
      if (n <= 3) {
        for (int i = 0; i < n; i++) {
          order[i] = i;
        }
        Arrays.sort(order, 0, n, (a, b) -> compare(scores, a, b));
        for (int r = 0; r < n; r++) {
          top3[order[r]]++;
        }
        first[order[0]]++;
      } else {
        int[] best = top(scores, 3);
        first[best[0]]++;
        for (int b : best) {
          top3[b]++;
        }
      }
    }
    List<Stability> models = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      models.add(
          new Stability(
              results.get(i).model().id(),
              samples == 0 ? 0 : (double) first[i] / samples,
              samples == 0 ? 0 : (double) top3[i] / samples));
    }
    Flip flip = method == Method.WEIGHTED_SUM ? smallestFlip(results, matrix, base) : null;
    boolean noisy = n > 1 && samples > 0 && models.get(0).first() < STABLE_SHARE;
    return new Report(samples, seed, models, flip, noisy);
  }

  /**
   * Higher score first; on equal scores, the better-ranked (ranked higher in the base ranking, i.e.
   * lower index) first.
   */
  private static int compare(double[] scores, int a, int b) {
    int c = Double.compare(scores[b], scores[a]);
    return c != 0 ? c : Integer.compare(a, b);
  }

  /** Indices of the k best scores, best first, ties to the lower index. */
  static int[] top(double[] scores, int k) {
    int[] best = new int[k];
    Arrays.fill(best, -1);
    for (int i = 0; i < scores.length; i++) {
      int pos = k;
      while (pos > 0 && (best[pos - 1] < 0 || compare(scores, i, best[pos - 1]) < 0)) {
        pos--;
      }
      if (pos < k) {
        System.arraycopy(best, pos, best, pos + 1, k - pos - 1);
        best[pos] = i;
      }
    }
    return best;
  }

  /**
   * Under the weighted sum the denominator Σw is common to all models, so model m overtakes the
   * winner t when weight j changes by δ exactly when N_m + δ·s_mj &gt; N_t + δ·s_tj, with N = Σ
   * w·s. The crossing is δ = (N_t − N_m) / (s_mj − s_tj); the smallest |δ| over all j and m
   * (keeping w_j + δ ≥ 0 and not all weights zero) is the answer.
   */
  static Flip smallestFlip(List<Result> results, double[][] matrix, double[] w) {
    if (results.size() < 2) {
      return null;
    }
    double[] numer = new double[results.size()];
    for (int i = 0; i < results.size(); i++) {
      for (int j = 0; j < w.length; j++) {
        numer[i] += w[j] * matrix[i][j];
      }
    }
    double total = 0;
    for (double x : w) {
      total += x;
    }
    Flip best = null;
    double bestDelta = Double.POSITIVE_INFINITY;
    for (int j = 0; j < w.length; j++) {
      for (int m = 1; m < results.size(); m++) {
        if (results.get(m).leads() != results.get(0).leads()) {
          continue; // no weight moves a model across the line between leading and not
        }
        double slope = matrix[m][j] - matrix[0][j];
        if (slope == 0) {
          continue;
        }
        double delta = (numer[0] - numer[m]) / slope;
        double to = w[j] + delta;
        if (to < 0 || total + delta <= 0 || Math.abs(delta) >= bestDelta) {
          continue;
        }
        // Step just past the crossing so the new leader is strictly ahead.
        double past = delta + Math.signum(delta == 0 ? slope : delta) * 1e-9;
        if (w[j] + past < 0) {
          continue;
        }
        bestDelta = Math.abs(delta);
        best = new Flip(Criterion.values()[j], w[j], to, leader(results, matrix, w, j, past));
      }
    }
    return best;
  }

  private static String leader(
      List<Result> results, double[][] matrix, double[] w, int j, double delta) {
    double[] changed = w.clone();
    changed[j] = Math.max(0, changed[j] + delta);
    double[] scores = Scorer.weightedSum(matrix, changed);
    for (int i = 0; i < scores.length; i++) {
      if (results.get(i).leads()) {
        scores[i] += 1;
      }
    }
    return results.get(top(scores, 1)[0]).model().id();
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller; SplittableRandom has no nextGaussian on Java 17.
    double u1 = random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
  }
}
