package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.AdvisorException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A weight per criterion: finite, not negative, at most {@link #MAX}, not all zero. Only their
 * ratios matter.
 */
public final class Weights {
  /**
   * The largest weight: only ratios matter, and with six criteria at most this large no sum or
   * product of weights and scores can overflow.
   */
  public static final double MAX = 1_000_000;

  private final EnumMap<Criterion, Double> values;

  private Weights(EnumMap<Criterion, Double> values) {
    this.values = values;
  }

  public static Weights equal() {
    EnumMap<Criterion, Double> map = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      map.put(c, 1.0);
    }
    return new Weights(map);
  }

  /** These weights with the given ones replaced; criteria not named keep their weight. */
  public Weights with(Map<Criterion, Double> changes) {
    EnumMap<Criterion, Double> map = new EnumMap<>(values);
    map.putAll(changes);
    return of(map);
  }

  /**
   * Weights from a map naming every criterion or some (the rest get 0 when {@code others} is 0).
   */
  public static Weights of(Map<Criterion, Double> given) {
    EnumMap<Criterion, Double> map = new EnumMap<>(Criterion.class);
    double sum = 0;
    for (Criterion c : Criterion.values()) {
      Double w = given.get(c);
      double value = w == null ? 0.0 : w;
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new AdvisorException(
            "the weight of " + c.key() + " must be a finite number, not " + value);
      }
      if (value < 0) {
        throw new AdvisorException("the weight of " + c.key() + " must not be negative: " + value);
      }
      if (value > MAX) {
        throw new AdvisorException(
            "the weight of "
                + c.key()
                + " must be at most 1000000 (only the ratios of weights matter), not "
                + value);
      }
      map.put(c, value);
      sum += value;
    }
    if (sum <= 0) {
      throw new AdvisorException("at least one weight must be greater than zero");
    }
    return new Weights(map);
  }

  /** Weights from a profile's keys. */
  public static Weights fromKeys(Map<String, Double> keyed) {
    EnumMap<Criterion, Double> map = new EnumMap<>(Criterion.class);
    keyed.forEach(
        (k, v) -> {
          Criterion c = Criterion.parse(k);
          if (map.put(c, v) != null) {
            throw new AdvisorException("the weights name " + c.key() + " twice");
          }
        });
    return of(map);
  }

  /**
   * Weights from an order of importance by rank-order centroid: the i-th of n criteria gets
   * (1/n)·Σ_{k=i..n} 1/k. Criteria not named get 0.
   */
  public static Weights rankOrderCentroid(List<Criterion> order) {
    int n = order.size();
    if (n == 0) {
      throw new AdvisorException("--rank-criteria needs at least one criterion");
    }
    EnumMap<Criterion, Double> map = new EnumMap<>(Criterion.class);
    for (int i = 0; i < n; i++) {
      Criterion c = order.get(i);
      if (map.containsKey(c)) {
        throw new AdvisorException("--rank-criteria names " + c.key() + " twice");
      }
      double w = 0;
      for (int k = i + 1; k <= n; k++) {
        w += 1.0 / k;
      }
      map.put(c, w / n);
    }
    return of(map);
  }

  public double get(Criterion c) {
    return values.get(c);
  }

  public double sum() {
    double sum = 0;
    for (double v : values.values()) {
      sum += v;
    }
    return sum;
  }

  /** The weight of {@code c} as a share of all weights. */
  public double share(Criterion c) {
    return values.get(c) / sum();
  }

  /** Keyed by criterion key, in criterion order. */
  public Map<String, Double> byKey() {
    Map<String, Double> map = new LinkedHashMap<>();
    values.forEach((c, v) -> map.put(c.key(), v));
    return map;
  }

  public double[] array() {
    double[] a = new double[Criterion.values().length];
    for (Criterion c : Criterion.values()) {
      a[c.ordinal()] = values.get(c);
    }
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weights w && w.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return byKey().toString();
  }
}
