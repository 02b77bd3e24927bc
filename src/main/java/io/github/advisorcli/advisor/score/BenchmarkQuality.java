package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.BenchmarkReference;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model's measured quality for a task: each of its results on the task's benchmarks put on a 0–1
 * scale by the benchmark's fixed reference points ({@code catalog/tasks.yaml}: the floor maps to 0,
 * the ceiling to 1), the best result per benchmark and metric counted, and their mean taken. It
 * depends on the model alone, never on which other models are compared.
 */
final class BenchmarkQuality {
  /**
   * @param value the mean scaled result, or null when no result can be scaled
   * @param counted the results that fed it
   * @param notes results shown but not counted, and why
   */
  record Quality(Double value, List<Fact> counted, List<Fact> notes) {}

  private record Key(String name, String metric) {
    static Key of(String name, String metric) {
      return new Key(
          name.toLowerCase(Locale.ROOT), metric == null ? "" : metric.toLowerCase(Locale.ROOT));
    }

    // Written out: a record's generated equals and hashCode are bootstrapped through
    // invokedynamic on first use, which is a measurable part of a cold start for a map key.
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && name.equals(k.name) && metric.equals(k.metric);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + metric.hashCode();
    }
  }

  private final Task task;
  private final Map<Key, BenchmarkReference> references = new LinkedHashMap<>();

  BenchmarkQuality(Task task, List<BenchmarkReference> references) {
    this.task = task;
    for (BenchmarkReference r : references) {
      this.references.putIfAbsent(Key.of(r.name(), r.metric()), r);
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

  Quality quality(Model m) {
    Map<Key, Double> best = new LinkedHashMap<>();
    Map<Key, Fact> bestFact = new LinkedHashMap<>();
    List<Fact> notes = new ArrayList<>();
    for (Benchmark b : m.benchmarks()) {
      if (b.name() == null || b.value() == null || !measuresTask(b.name())) {
        continue;
      }
      Key key = Key.of(b.name(), b.metric());
      BenchmarkReference r = references.get(key);
      if (r == null || r.floor() == null || r.ceiling() == null || r.floor().equals(r.ceiling())) {
        notes.add(Fact.of("fact.benchmark.unscaled", label(b)));
        continue;
      }
      double scaled = Facts.clamp((b.value() - r.floor()) / (r.ceiling() - r.floor()));
      Fact fact = Fact.of("fact.benchmark.scaled", label(b), r.floor(), r.ceiling(), scaled);
      Double old = best.get(key);
      if (old == null || scaled > old) {
        if (old != null) {
          notes.add(Fact.of("fact.benchmark.superseded", bestFact.get(key).args().get(0)));
        }
        best.put(key, scaled);
        bestFact.put(key, fact);
      } else {
        notes.add(Fact.of("fact.benchmark.superseded", label(b)));
      }
    }
    if (best.isEmpty()) {
      return new Quality(null, List.of(), notes);
    }
    double sum = 0;
    for (double v : best.values()) {
      sum += v;
    }
    return new Quality(sum / best.size(), List.copyOf(bestFact.values()), notes);
  }

  /** "MMLU 70.9 accuracy (test, 5-shot)": the benchmark key as the explanation names it. */
  private static String label(Benchmark b) {
    StringBuilder s = new StringBuilder(b.name()).append(' ').append(trim(b.value()));
    if (b.metric() != null) {
      s.append(' ').append(b.metric());
    }
    List<String> where = new ArrayList<>();
    if (b.split() != null) {
      where.add(b.split());
    }
    if (b.setting() != null && !b.setting().isBlank()) {
      where.add(b.setting());
    }
    if (!where.isEmpty()) {
      s.append(" (").append(String.join(", ", where)).append(')');
    }
    return s.toString();
  }

  private boolean measuresTask(String name) {
    for (String b : task.benchmarks()) {
      if (b.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
