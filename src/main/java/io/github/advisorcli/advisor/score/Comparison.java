package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.ParameterCount;
import io.github.advisorcli.advisor.TokenCount;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Task;
import io.github.advisorcli.advisor.license.CommercialUse;
import io.github.advisorcli.advisor.license.Use;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Models side by side for one task: a row per fact or score, with the best value of each comparable
 * row marked. Scores come from ranking the whole catalog for the task, so they match {@code
 * recommend}.
 */
public final class Comparison {
  /** Which way a row is better. */
  public enum Better {
    NONE,
    HIGHER,
    LOWER
  }

  /**
   * One row.
   *
   * @param key the row's key (a catalog field or criterion)
   * @param values the values, one per model ("" when unknown, "-" when not ranked): words, or typed
   *     numbers ({@link ParameterCount}, {@link TokenCount}, a {@link Double} score, an {@link
   *     Integer} rank) that {@code render} writes the way every table does
   * @param numbers the comparable values, null when unknown or not comparable
   * @param better which way is better
   * @param best indices of the best values
   */
  public record Row(
      String key, List<Object> values, List<Double> numbers, Better better, List<Integer> best) {}

  private Comparison() {}

  public static List<Row> compare(Catalog catalog, List<Model> models, Task task, Use use) {
    Ranking ranking = Ranker.complete(catalog, Request.of(task).withUse(use));
    List<Result> results = new ArrayList<>();
    for (Model m : models) {
      results.add(ranking.result(m.id()).orElse(null));
    }
    List<Row> rows = new ArrayList<>();
    rows.add(row("architecture", models, m -> m.architecture().id(), m -> null, Better.NONE));
    rows.add(
        row(
            "parameters",
            models,
            m -> m.parameters() == null ? "" : new ParameterCount(m.parameters()),
            m -> num(m.parameters()),
            Better.LOWER));
    rows.add(
        row(
            "context_length",
            models,
            m -> m.contextLength() == null ? "" : new TokenCount(m.contextLength()),
            m -> num(m.contextLength()),
            Better.HIGHER));
    rows.add(row("license", models, Model::license, m -> null, Better.NONE));
    rows.add(
        row(
            "license_category",
            models,
            m ->
                String.join(
                    " / ",
                    catalog.licenses().licensesIn(m.license()).stream()
                        .map(l -> l.category().id())
                        .toList()),
            m -> null,
            Better.NONE));
    rows.add(
        row(
            "commercial_use",
            models,
            m -> commercial(catalog, m).id(),
            m -> (double) commercial(catalog, m).ordinal(),
            Better.HIGHER));
    rows.add(
        row(
            "open_weights",
            models,
            m -> Boolean.TRUE.equals(m.openWeights()) ? "yes" : "no",
            m -> Boolean.TRUE.equals(m.openWeights()) ? 1.0 : 0.0,
            Better.HIGHER));
    rows.add(row("languages", models, m -> List.copyOf(m.languages()), m -> null, Better.NONE));
    rows.add(
        row(
            "fit",
            models,
            m -> Criteria.directFit(m, task) == null ? "-" : Criteria.directFit(m, task).id(),
            m -> Criteria.taskFitValue(m, task),
            Better.HIGHER));
    List<Row> scoreRows = new ArrayList<>();
    scoreRows.add(rowOf("score", results, r -> r.score()));
    scoreRows.add(rowOf("rank", results, r -> (double) r.rank()));
    for (Criterion c : Criterion.values()) {
      scoreRows.add(
          rowOf(
              c == Criterion.LICENSE ? "license_score" : c.key(),
              results,
              r -> r.criteria().get(c).value()));
    }
    scoreRows.add(rowOf("coverage", results, Result::coverage));
    rows.addAll(scoreRows);
    return rows;
  }

  private static CommercialUse commercial(Catalog catalog, Model m) {
    return catalog
        .licenses()
        .expression(io.github.advisorcli.advisor.catalog.Lineage.of(m, catalog::find).expression())
        .commercialUse();
  }

  private static Double num(Long v) {
    return v == null ? null : v.doubleValue();
  }

  private static Row rowOf(String key, List<Result> results, Function<Result, Double> f) {
    List<Object> values = new ArrayList<>();
    List<Double> numbers = new ArrayList<>();
    for (Result r : results) {
      Double v = r == null ? null : f.apply(r);
      numbers.add(v);
      values.add(v == null ? "-" : key.equals("rank") ? (Object) v.intValue() : (Object) v);
    }
    Better better = key.equals("rank") ? Better.LOWER : Better.HIGHER;
    return new Row(key, values, numbers, better, best(numbers, better));
  }

  private static Row row(
      String key,
      List<Model> models,
      Function<Model, ?> text,
      Function<Model, Double> number,
      Better better) {
    List<Object> values = new ArrayList<>();
    List<Double> numbers = new ArrayList<>();
    for (Model m : models) {
      values.add(text.apply(m));
      numbers.add(number.apply(m));
    }
    return new Row(key, values, numbers, better, best(numbers, better));
  }

  /**
   * Indices of the best values; none when the row is not comparable or every known value is equal.
   */
  static List<Integer> best(List<Double> numbers, Better better) {
    if (better == Better.NONE) {
      return List.of();
    }
    Double best = null;
    for (Double n : numbers) {
      if (n != null && (best == null || (better == Better.HIGHER ? n > best : n < best))) {
        best = n;
      }
    }
    if (best == null) {
      return List.of();
    }
    List<Integer> idx = new ArrayList<>();
    boolean allEqual = true;
    for (int i = 0; i < numbers.size(); i++) {
      Double n = numbers.get(i);
      if (n != null && n.equals(best)) {
        idx.add(i);
      } else {
        allEqual = false;
      }
    }
    return allEqual ? List.of() : idx;
  }
}
