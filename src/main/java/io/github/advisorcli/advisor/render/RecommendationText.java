package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.render.RecommendationView.ExplanationView;
import io.github.advisorcli.advisor.render.RecommendationView.ResultView;
import io.github.advisorcli.advisor.render.RecommendationView.StabilityView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The table form of a recommendation: the ranking, then explanations, exclusions and robustness.
 */
public final class RecommendationText {
  /** Coverage below this is flagged in the table. */
  public static final double LOW_COVERAGE = 0.5;

  private RecommendationText() {}

  public static TableSpec<ResultView> table(RecommendationView view, Labels l) {
    TableSpec<ResultView> table = scores(view, l);
    return FitColumns.present(view.results()) ? FitColumns.add(table, l) : table;
  }

  private static TableSpec<ResultView> scores(RecommendationView view, Labels l) {
    return new TableSpec<>(
        List.of(
            Column.<ResultView>number(l.get("col.rank"), r -> Integer.toString(r.rank())),
            Column.<ResultView>id(l.get("col.model"), ResultView::id),
            Column.<ResultView>number(l.get("col.score"), r -> Numbers.score(r.score()))
                .styled(
                    r ->
                        r.score() >= 0.7
                            ? Style.SCORE_HIGH
                            : r.score() < 0.4 ? Style.SCORE_LOW : null),
            Column.<ResultView>number(
                    l.get("col.task_fit"), r -> Numbers.score(r.criteria().get("task_fit")))
                .droppable(1),
            Column.<ResultView>number(
                    l.get("col.performance"), r -> Numbers.score(r.criteria().get("performance")))
                .droppable(1),
            Column.<ResultView>number(
                    l.get("col.docs"), r -> Numbers.score(r.criteria().get("docs")))
                .droppable(1),
            Column.<ResultView>number(
                    l.get("col.community"), r -> Numbers.score(r.criteria().get("community")))
                .droppable(1),
            Column.<ResultView>number(
                    l.get("col.customizability"),
                    r -> Numbers.score(r.criteria().get("customizability")))
                .droppable(1),
            Column.<ResultView>number(
                    l.get("col.license_score"), r -> Numbers.score(r.criteria().get("license")))
                .droppable(1),
            Column.<ResultView>text(l.get("col.license"), ResultView::license, 7, 28).uncut(),
            Column.<ResultView>number(l.get("col.size"), r -> Numbers.params(r.parameters()))
                .droppable(2),
            Column.<ResultView>number(
                    l.get("col.coverage"),
                    r ->
                        Math.round(r.coverage() * 100)
                            + "%"
                            + (r.coverage() < LOW_COVERAGE ? "!" : ""))
                .styled(r -> r.coverage() < LOW_COVERAGE ? Style.WARNING : null)
                .droppable(2)),
        view.results());
  }

  public static void write(RecommendationView view, String taskName, Labels l, Output out) {
    PrintWriter w = out.writer();
    if (view.results().isEmpty()) {
      out.paragraph(l.get("recommend.none", taskName));
    } else {
      out.paragraph(
          l.get(
              "recommend.heading",
              taskName,
              view.use(),
              view.method(),
              view.profile() == null ? "-" : view.profile()));
      out.table(table(view, l));
      if (view.results().stream().anyMatch(r -> r.coverage() < LOW_COVERAGE)) {
        out.paragraph(l.get("recommend.low_coverage"), Style.DIM);
      }
    }
    boolean explained = false;
    for (ResultView r : view.results()) {
      if (r.explanation() != null) {
        explain(r, l, out);
        explained = true;
      }
    }
    if (explained && view.method().equals("topsis")) {
      w.println();
      out.paragraph(l.get("explain.topsis"), Style.DIM);
    }
    if (view.excluded() != null) {
      w.println();
      out.paragraph(l.get("recommend.excluded", view.excluded().size()));
      out.table(
          new TableSpec<>(
              List.of(
                  Column.<RecommendationView.ExcludedView>text(
                      l.get("col.model"), RecommendationView.ExcludedView::id, 10, 32),
                  Column.<RecommendationView.ExcludedView>text(
                      l.get("col.reason"), e -> ReasonText.of(e.why(), l), 10, 200)),
              view.excluded()));
    }
    if (view.robustness() != null) {
      robustness(view, l, out);
    }
    w.flush();
  }

  private static void explain(ResultView r, Labels l, Output out) {
    PrintWriter w = out.writer();
    w.println();
    w.println(
        out.styles()
            .apply(
                Style.HEADER,
                l.get(
                    "explain.heading", r.rank(), Sanitize.line(r.id()), Numbers.score(r.score()))));
    for (ExplanationView e : r.explanation()) {
      String head =
          String.format(
              Locale.ROOT,
              "  %-16s %s × %3d%% = %s",
              e.criterion(),
              Numbers.score(e.score()),
              Math.round(e.share() * 100),
              Numbers.score(e.contribution()));
      w.println(head);
      String indent = "      ";
      for (var fact : e.factsBehind()) {
        for (String line :
            TextWidth.wrap(Sanitize.line(FactText.of(fact, l)), out.width() - indent.length())) {
          w.println(indent + line);
        }
      }
      if (!e.imputed().isEmpty()) {
        String imputed =
            String.join(
                ", ",
                e.imputed().stream().map(i -> i.fact() + " " + Numbers.score(i.value())).toList());
        for (String line :
            TextWidth.wrap(l.get("explain.imputed", imputed), out.width() - indent.length())) {
          w.println(indent + out.styles().apply(Style.DIM, line));
        }
      }
    }
  }

  private static void robustness(RecommendationView view, Labels l, Output out) {
    RecommendationView.RobustnessView rb = view.robustness();
    PrintWriter w = out.writer();
    w.println();
    w.println(
        out.styles()
            .apply(
                Style.HEADER, l.get("robustness.heading", rb.samples(), Long.toString(rb.seed()))));
    out.table(
        new TableSpec<>(
            List.of(
                Column.<StabilityView>id(l.get("col.model"), StabilityView::id),
                Column.<StabilityView>number(
                    l.get("col.first"), s -> Math.round(s.first() * 100) + "%"),
                Column.<StabilityView>number(
                    l.get("col.top3"), s -> Math.round(s.top3() * 100) + "%")),
            rb.models()));
    out.paragraph(flipSentence(view, l));
    if (rb.withinNoise()) {
      out.paragraph(l.get("robustness.noise"), Style.WARNING);
    }
  }

  /**
   * The sentence under a robustness table: the smallest change of one weight that alters first
   * place, or why there is none.
   */
  static String flipSentence(RecommendationView view, Labels l) {
    RecommendationView.RobustnessView rb = view.robustness();
    if (rb.smallestFlip() != null) {
      var f = rb.smallestFlip();
      return l.get(
          "robustness.flip",
          f.criterion(),
          Numbers.weight(f.from(), f.to()),
          Numbers.weight(f.to(), f.from()),
          f.newWinner());
    }
    return view.method().equals("topsis")
        ? l.get("robustness.noflip_topsis")
        : l.get("robustness.noflip");
  }
}
