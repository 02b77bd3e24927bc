package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The range of each of a task's benchmarks among the candidates. A benchmark counts when at least
 * two candidates report it on the same split with the same metric; dev and test numbers are never
 * compared with each other. A model's quality is the mean of its min-max normalised results.
 */
public final class BenchmarkRanges {
  /**
   * A model's quality for the task.
   *
   * @param value mean normalised result, or null when no comparable result exists
   * @param description the results that fed it
   * @param unranked results reported without a peer to compare with
   */
  public record Quality(Double value, String description, List<String> unranked) {}

  private record Key(String name, String split, String metric) {
    static Key of(Benchmark b) {
      return new Key(
          b.name().toLowerCase(Locale.ROOT),
          b.split() == null ? "" : b.split(),
          b.metric() == null ? "" : b.metric().toLowerCase(Locale.ROOT));
    }

    boolean lowerIsBetter() {
      return metric.contains("perplexity")
          || metric.contains("error")
          || metric.contains("bits per");
    }
  }

  /** The range of one benchmark key so far: min, max and how many candidates report it. */
  private static final class Range {
    private double min;
    private double max;
    private int count;

    Range(double v) {
      min = v;
      max = v;
      count = 1;
    }

    void add(double v) {
      min = Math.min(min, v);
      max = Math.max(max, v);
      count++;
    }
  }

  private final Task task;
  private final Map<Key, Range> ranges = new LinkedHashMap<>();

  public BenchmarkRanges(Task task, List<Model> candidates) {
    this(task);
    candidates.forEach(this::add);
  }

  /** Empty ranges, to be filled one candidate at a time with {@link #add}. */
  public BenchmarkRanges(Task task) {
    this.task = task;
  }

  /**
   * Counts a candidate's results into the ranges. Min and max do not depend on the order in which
   * candidates are added.
   */
  public void add(Model m) {
    for (Map.Entry<Key, Benchmark> e : best(m).entrySet()) {
      double v = e.getValue().value();
      Range r = ranges.get(e.getKey());
      if (r == null) {
        ranges.put(e.getKey(), new Range(v));
      } else {
        r.add(v);
      }
    }
  }

  /** Whether the model reports any result of the task's benchmarks. */
  boolean reports(Model m) {
    for (Benchmark b : m.benchmarks()) {
      if (b.name() != null && b.value() != null && measuresTask(b.name())) {
        return true;
      }
    }
    return false;
  }

  /** The model's best result per comparable benchmark of the task. */
  private Map<Key, Benchmark> best(Model m) {
    Map<Key, Benchmark> best = new LinkedHashMap<>();
    for (Benchmark b : m.benchmarks()) {
      if (b.name() == null || b.value() == null || !measuresTask(b.name())) {
        continue;
      }
      Key key = Key.of(b);
      Benchmark old = best.get(key);
      boolean better =
          old == null || (key.lowerIsBetter() ? b.value() < old.value() : b.value() > old.value());
      if (better) {
        best.put(key, b);
      }
    }
    return best;
  }

  private boolean measuresTask(String name) {
    for (String b : task.benchmarks()) {
      if (b.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  public Quality quality(Model m) {
    double sum = 0;
    int n = 0;
    List<String> parts = new ArrayList<>();
    List<String> unranked = new ArrayList<>();
    for (Map.Entry<Key, Benchmark> e : best(m).entrySet()) {
      Key key = e.getKey();
      Benchmark b = e.getValue();
      Range r = ranges.get(key);
      String label =
          b.name()
              + " "
              + trim(b.value())
              + (b.metric() == null ? "" : " " + b.metric())
              + (b.split() == null ? "" : " (" + b.split() + ")");
      if (r == null || r.count < 2) {
        unranked.add(label + ": no other candidate reports it on the same split and metric");
        continue;
      }
      if (r.max == r.min) {
        unranked.add(label + ": every candidate that reports it has the same value");
        continue;
      }
      double norm = (b.value() - r.min) / (r.max - r.min);
      if (key.lowerIsBetter()) {
        norm = 1 - norm;
      }
      sum += norm;
      n++;
      parts.add(label + " → " + Criteria.fmt(norm));
    }
    if (n == 0) {
      return new Quality(null, "", unranked);
    }
    return new Quality(sum / n, String.join("; ", parts), unranked);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
