package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.EcosystemSupport;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Sourced;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import io.github.advisorcli.advisor.render.RecommendationView.ExplanationView;
import io.github.advisorcli.advisor.render.RecommendationView.ResultView;
import io.github.advisorcli.advisor.score.Constraints;
import io.github.advisorcli.advisor.score.Ranking;
import io.github.advisorcli.advisor.score.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code recommend --format record}: a Markdown decision record for an audit. The question (task,
 * use, constraints, method, weights), the ranking with the reasons for each score, how robust the
 * first place is, the models left out and why, and every sourced fact about the ranked models with
 * the URL and date it was read.
 */
public final class DecisionRecord {
  private DecisionRecord() {}

  /**
   * The record.
   *
   * @param view the recommendation, with explanations, exclusions and robustness
   * @param ranking the ranking it shows, for the models' facts
   * @param taskName the task as the interface names it
   * @param created when the record is made (ISO-8601)
   * @param version advisor's version
   * @param catalogAsOf the bundled catalog's date, or null
   */
  public static String markdown(
      RecommendationView view,
      Ranking ranking,
      LicenseRegistry licenses,
      String taskName,
      String created,
      String version,
      String catalogAsOf,
      Labels l) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(l.get("record.title", Sanitize.line(taskName))).append("\n\n");
    md.append(l.get("record.made", created, version, catalogAsOf == null ? "-" : catalogAsOf))
        .append("\n\n");

    md.append("## ").append(l.get("record.question")).append("\n\n");
    md.append("- ").append(l.get("record.task", Sanitize.line(taskName))).append('\n');
    md.append("- ").append(l.get("record.use", view.use())).append('\n');
    md.append("- ").append(l.get("record.constraints", constraints(ranking, l))).append('\n');
    md.append("- ")
        .append(
            l.get(
                "record.method",
                view.method(),
                view.missingPolicy(),
                view.profile() == null ? "-" : view.profile()))
        .append("\n\n");
    md.append(l.get("record.weights")).append("\n\n");
    md.append("| ").append(l.get("record.col.criterion")).append(" | ");
    md.append(l.get("record.col.weight")).append(" | ").append(l.get("record.col.share"));
    md.append(" |\n| --- | ---: | ---: |\n");
    double sum = view.weights().values().stream().mapToDouble(Double::doubleValue).sum();
    for (Map.Entry<String, Double> w : view.weights().entrySet()) {
      md.append("| ").append(w.getKey()).append(" | ").append(Numbers.score(w.getValue()));
      md.append(" | ").append(sum > 0 ? Math.round(w.getValue() / sum * 100) + "%" : "-");
      md.append(" |\n");
    }

    md.append("\n## ").append(l.get("record.ranking")).append("\n\n");
    if (view.results().isEmpty()) {
      md.append(l.get("recommend.none", Sanitize.line(taskName))).append('\n');
    } else {
      md.append(Markdown.render(RecommendationText.table(view, l)));
    }

    md.append("\n## ").append(l.get("record.why")).append('\n');
    for (ResultView r : view.results()) {
      md.append("\n### ")
          .append(l.get("explain.heading", r.rank(), plain(r.id()), Numbers.score(r.score())))
          .append("\n\n");
      for (ExplanationView e : r.explanation()) {
        md.append("- ")
            .append(
                String.format(
                    Locale.ROOT,
                    "%s: %s × %d%% = %s",
                    e.criterion(),
                    Numbers.score(e.score()),
                    Math.round(e.share() * 100),
                    Numbers.score(e.contribution())))
            .append('\n');
        for (var fact : e.factsBehind()) {
          md.append("  - ").append(plain(FactText.of(fact, l))).append('\n');
        }
        if (!e.imputed().isEmpty()) {
          String imputed =
              String.join(
                  ", ",
                  e.imputed().stream()
                      .map(i -> i.fact() + " " + Numbers.score(i.value()))
                      .toList());
          md.append("  - ").append(plain(l.get("explain.imputed", imputed))).append('\n');
        }
      }
    }

    md.append("\n## ").append(l.get("record.robustness")).append("\n\n");
    robustness(md, view, l);

    md.append("\n## ").append(l.get("record.excluded", view.excluded().size())).append("\n\n");
    if (view.excluded().isEmpty()) {
      md.append(l.get("record.none")).append('\n');
    } else {
      md.append("| ").append(l.get("col.model")).append(" | ").append(l.get("col.reason"));
      md.append(" |\n| --- | --- |\n");
      for (var e : view.excluded()) {
        md.append("| ").append(plain(e.id())).append(" | ").append(plain(e.reason()));
        md.append(" |\n");
      }
    }

    md.append("\n## ").append(l.get("record.facts")).append('\n');
    Function<String, Result> byId =
        id ->
            ranking.results().stream()
                .filter(x -> x.model().id().equals(id))
                .findFirst()
                .orElseThrow();
    for (ResultView r : view.results()) {
      Model m = byId.apply(r.id()).model();
      md.append("\n### ").append(plain(m.id())).append("\n\n");
      md.append("| ").append(l.get("record.col.fact")).append(" | ");
      md.append(l.get("record.col.value")).append(" | ").append(l.get("record.col.source"));
      md.append(" | ").append(l.get("record.col.as_of")).append(" |\n");
      md.append("| --- | --- | --- | --- |\n");
      for (String[] row : facts(m, licenses)) {
        md.append("| ");
        for (int i = 0; i < row.length; i++) {
          md.append(i == 0 ? "" : " | ").append(row[i] == null ? "-" : plain(row[i]));
        }
        md.append(" |\n");
      }
    }
    return md.toString();
  }

  private static void robustness(StringBuilder md, RecommendationView view, Labels l) {
    var rb = view.robustness();
    if (rb == null) {
      md.append(l.get("record.none")).append('\n');
      return;
    }
    md.append(l.get("robustness.heading", rb.samples(), Long.toString(rb.seed()))).append("\n\n");
    md.append("| ").append(l.get("col.model")).append(" | ").append(l.get("col.first"));
    md.append(" | ").append(l.get("col.top3")).append(" |\n| --- | ---: | ---: |\n");
    for (var s : rb.models()) {
      md.append("| ").append(plain(s.id())).append(" | ");
      md.append(Math.round(s.first() * 100)).append("% | ");
      md.append(Math.round(s.top3() * 100)).append("% |\n");
    }
    md.append('\n');
    md.append(RecommendationText.flipSentence(view, l));
    md.append('\n');
    if (rb.withinNoise()) {
      md.append('\n').append(l.get("robustness.noise")).append('\n');
    }
  }

  /** The constraints as the options that set them; "none" when there are none. */
  private static String constraints(Ranking ranking, Labels l) {
    Constraints c = ranking.request().constraints();
    List<String> out = new ArrayList<>();
    if (c.commercial()) {
      out.add("--commercial");
    }
    if (!c.categories().isEmpty()) {
      out.add(
          "--license-category "
              + String.join(",", c.categories().stream().map(x -> x.id()).sorted().toList()));
    }
    if (!c.licenses().isEmpty()) {
      out.add("--license " + String.join(",", c.licenses().stream().sorted().toList()));
    }
    if (c.maxParameters() != null) {
      out.add("--max-params " + Numbers.params(c.maxParameters()));
    }
    if (c.maxMemoryBytes() != null) {
      out.add("--max-memory " + c.maxMemoryBytes() + " B at " + c.precision());
    }
    if (c.openWeights()) {
      out.add("--open-weights");
    }
    if (c.language() != null) {
      out.add("--language " + c.language());
    }
    if (c.minContext() != null) {
      out.add("--min-context " + c.minContext());
    }
    return out.isEmpty() ? l.get("record.none") : String.join("; ", out);
  }

  /** Each sourced fact about a model: what, the value, where it was read and when. */
  private static List<String[]> facts(Model m, LicenseRegistry licenses) {
    List<String[]> rows = new ArrayList<>();
    var p = m.provenance();
    if (m.parameters() != null) {
      rows.add(row("parameters", Numbers.params(m.parameters()), p.parameters()));
    }
    if (m.activeParameters() != null) {
      rows.add(
          row("active parameters", Numbers.params(m.activeParameters()), p.activeParameters()));
    }
    if (m.contextLength() != null) {
      rows.add(row("context length", Long.toString(m.contextLength()), p.contextLength()));
    }
    rows.add(row("license", m.license(), p.license()));
    for (License lic : licenses.licensesIn(m.license())) {
      rows.add(new String[] {"license terms", lic.id(), lic.source(), lic.asOf()});
    }
    if (m.paper() != null) {
      rows.add(new String[] {"paper", null, m.paper(), null});
    }
    for (Benchmark b : m.benchmarks()) {
      String what =
          b.name()
              + (b.metric() == null ? "" : " " + b.metric())
              + (b.split() == null ? "" : " (" + b.split() + ")");
      rows.add(
          new String[] {
            what,
            b.value() == null
                ? null
                : java.math.BigDecimal.valueOf(b.value()).stripTrailingZeros().toPlainString(),
            b.source(),
            b.asOf()
          });
    }
    if (m.docs() != null && m.docs().source() != null) {
      rows.add(new String[] {"documentation", null, m.docs().source(), m.docs().asOf()});
    }
    if (m.community() != null && m.community().source() != null) {
      rows.add(new String[] {"community", null, m.community().source(), m.community().asOf()});
    }
    if (m.customization() != null && m.customization().source() != null) {
      rows.add(
          new String[] {
            "customization", null, m.customization().source(), m.customization().asOf()
          });
    }
    if (m.config() != null && m.config().source() != null) {
      rows.add(new String[] {"architecture config", null, m.config().source(), m.config().asOf()});
    }
    if (m.capabilities() != null && m.capabilities().source() != null) {
      rows.add(
          new String[] {"capabilities", null, m.capabilities().source(), m.capabilities().asOf()});
    }
    if (m.ecosystem() != null) {
      for (EcosystemSupport e : m.ecosystem()) {
        if (e.source() != null) {
          rows.add(new String[] {"ecosystem: " + e.name(), null, e.source(), null});
        }
      }
    }
    if (m.trainingData() != null) {
      for (var t : m.trainingData()) {
        rows.add(new String[] {"training data", t.name(), t.source(), null});
      }
    }
    return rows;
  }

  private static String[] row(String what, String value, Sourced s) {
    return new String[] {what, value, s == null ? null : s.source(), s == null ? null : s.asOf()};
  }

  /**
   * One line, with what Markdown would read as code, emphasis, links, HTML or a cell boundary
   * escaped; parentheses and in-word underscores stay readable.
   */
  private static String plain(String s) {
    String line = Sanitize.line(s);
    StringBuilder out = new StringBuilder(line.length());
    for (char c : line.toCharArray()) {
      if ("\\`*[]<>|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
