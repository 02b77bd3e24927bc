package io.github.advisorcli.advisor.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.testing.Catalogs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalog checks itself against published results: for every group of at least three
 * candidates that report the same benchmark key (name, metric, split and setting) of the families
 * below, the {@code performance} criterion for each task the benchmark measures must order the
 * group as the published figures do, with a Spearman correlation of at least 0.8. The figures are
 * the catalog's own sourced benchmark facts; nothing here is a number of its own.
 */
class PublishedOrderTest {
  /** The benchmark families checked, by name prefix (WMT14 En-De, MMLU-redux, ...). */
  private static final List<String> FAMILIES =
      List.of("MNLI", "SQuAD v2.0", "MMLU", "HumanEval", "CNN/DailyMail", "WMT", "LAMBADA");

  private static final double MIN_RHO = 0.8;

  private static final int MIN_GROUP = 3;

  private record Key(String name, String metric, String split, String setting) {
    static Key of(Benchmark b) {
      return new Key(b.name(), lower(b.metric()), lower(b.split()), lower(b.setting()));
    }

    private static String lower(String s) {
      return s == null ? "" : s.toLowerCase(Locale.ROOT).strip();
    }

    @Override
    public String toString() {
      return name + " " + metric + " (" + split + ", " + setting + ")";
    }
  }

  private static boolean checked(String benchmark) {
    return FAMILIES.stream().anyMatch(benchmark::startsWith);
  }

  @Test
  void performanceFollowsThePublishedOrderWithinEveryGroup() {
    Catalog catalog = Catalogs.bundled();
    List<String> failures = new ArrayList<>();
    List<String> checkedGroups = new ArrayList<>();
    for (Task task : catalog.tasks().all()) {
      Map<String, Double> performance = new LinkedHashMap<>();
      for (Result r : Ranker.complete(catalog, Request.of(task)).results()) {
        performance.put(r.model().id(), r.criteria().get(Criterion.PERFORMANCE).value());
      }
      Map<Key, Map<String, Double>> groups = new LinkedHashMap<>();
      for (Model m : catalog.models()) {
        if (!performance.containsKey(m.id())) {
          continue;
        }
        for (Benchmark b : m.benchmarks()) {
          if (b.name() == null
              || b.value() == null
              || !checked(b.name())
              || task.benchmarks().stream().noneMatch(b.name()::equalsIgnoreCase)) {
            continue;
          }
          groups.computeIfAbsent(Key.of(b), k -> new LinkedHashMap<>()).put(m.id(), b.value());
        }
      }
      groups.forEach(
          (key, published) -> {
            if (published.size() < MIN_GROUP) {
              return;
            }
            List<String> ids = List.copyOf(published.keySet());
            double[] x = ids.stream().mapToDouble(published::get).toArray();
            double[] y = ids.stream().mapToDouble(performance::get).toArray();
            double rho = spearman(x, y);
            String line =
                String.format(
                    Locale.ROOT,
                    "%s / %s: rho %.2f over %s",
                    task.id(),
                    key,
                    rho,
                    describe(ids, x, y));
            checkedGroups.add(line);
            if (!(rho >= MIN_RHO)) {
              failures.add(line);
            }
          });
    }
    checkedGroups.forEach(System.out::println);
    assertThat(checkedGroups).as("groups of comparable published results").isNotEmpty();
    assertThat(failures)
        .as(
            "groups whose performance order disagrees with the published one; all groups:%n%s",
            String.join("\n", checkedGroups))
        .isEmpty();
  }

  private static String describe(List<String> ids, double[] published, double[] performance) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      parts.add(String.format(Locale.ROOT, "%s %s→%.3f", ids.get(i), published[i], performance[i]));
    }
    return String.join(", ", parts);
  }

  /** Spearman's rank correlation, ties given their average rank; NaN when a side is constant. */
  static double spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  private static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
    double[] ranks = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  private static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  @Test
  void spearmanOfKnownOrders() {
    assertThat(spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 40})).isEqualTo(1.0);
    assertThat(spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1})).isEqualTo(-1.0);
    // One swapped pair among five: 1 − 6·2 / (5·24) = 0.9.
    assertThat(spearman(new double[] {1, 2, 3, 4, 5}, new double[] {1, 3, 2, 4, 5}))
        .isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(spearman(new double[] {1, 2, 3}, new double[] {5, 5, 5})).isNaN();
  }
}
