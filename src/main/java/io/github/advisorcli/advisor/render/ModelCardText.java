package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Sourced;
import io.github.advisorcli.advisor.catalog.TaskFit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A model card in the terminal: facts with their sources, tasks, benchmarks, license and scores.
 */
public final class ModelCardText {
  private ModelCardText() {}

  public static void write(Model m, ModelCardView view, Labels l, Output out) {
    PrintWriter w = out.writer();
    out.paragraph(Sanitize.line(m.name() + " (" + m.id() + ")"), Style.HEADER);
    List<String[]> facts = new ArrayList<>();
    facts.add(row(l, "field.family", m.family()));
    facts.add(
        row(l, "field.organization", m.organization() + (m.year() == null ? "" : ", " + m.year())));
    facts.add(row(l, "field.architecture", m.architecture().id()));
    facts.add(
        row(
            l,
            "field.parameters",
            m.parameters() == null
                ? l.get("word.unknown")
                : Numbers.params(m.parameters())
                    + (m.activeParameters() == null
                        ? ""
                        : " ("
                            + Numbers.params(m.activeParameters())
                            + " "
                            + l.get("word.active")
                            + ")")
                    + source(m.provenance().parameters())));
    facts.add(
        row(
            l,
            "field.context",
            m.contextLength() == null
                ? l.get("word.unknown")
                : m.contextLength()
                    + " "
                    + l.get("word.tokens")
                    + source(m.provenance().contextLength())));
    if (view.memory() != null) {
      facts.add(
          row(
              l,
              "field.memory",
              "fp32 "
                  + Numbers.bytes(view.memory().fp32())
                  + " · fp16 "
                  + Numbers.bytes(view.memory().fp16())
                  + " · int8 "
                  + Numbers.bytes(view.memory().int8())
                  + " · int4 "
                  + Numbers.bytes(view.memory().int4())
                  + " ("
                  + l.get("word.derived")
                  + ")"));
    }
    facts.add(row(l, "field.license", m.license() + source(m.provenance().license())));
    if (view.lineage() != null) {
      var lin = view.lineage();
      List<String> links = new ArrayList<>();
      for (var k : lin.links().subList(1, lin.links().size())) {
        links.add(
            l.get("word.lineage." + k.kind())
                + " "
                + k.name()
                + " ("
                + (k.license() == null ? l.get("word.license_not_known") : k.license())
                + ")");
      }
      if (!links.isEmpty()) {
        facts.add(row(l, "field.lineage", String.join("; ", links)));
        facts.add(row(l, "field.effective_license", lin.effective()));
      }
      facts.add(row(l, "field.commercial", l.get("word.commercial." + lin.commercialUse())));
    }
    facts.add(
        row(l, "field.open_weights", LicensesView.yesNo(l, Boolean.TRUE.equals(m.openWeights()))));
    if (m.hfRepo() != null) {
      facts.add(row(l, "field.hf_repo", "https://huggingface.co/" + m.hfRepo()));
    }
    if (!m.aliases().isEmpty()) {
      facts.add(row(l, "field.aliases", String.join(", ", m.aliases())));
    }
    if (!m.languages().isEmpty()) {
      facts.add(row(l, "field.languages", String.join(", ", m.languages())));
    }
    if (m.paper() != null) {
      facts.add(row(l, "field.paper", m.paper()));
    }
    if (m.docs() != null) {
      facts.add(
          row(
              l,
              "field.docs",
              join(
                  m.docs().modelCard() == null
                      ? null
                      : l.get("word.card") + " " + m.docs().modelCard(),
                  m.docs().examples() == null
                      ? null
                      : (m.docs().examples() ? l.get("word.examples") : l.get("word.no_examples")),
                  m.docs().frameworks() == null
                      ? null
                      : String.join(", ", m.docs().frameworks()))));
    }
    if (m.community() != null) {
      var c = m.community();
      facts.add(
          row(
              l,
              "field.community",
              join(
                  c.hfDownloads() == null
                      ? null
                      : String.format("%,d", c.hfDownloads()) + " " + l.get("word.downloads"),
                  c.hfLikes() == null
                      ? null
                      : String.format("%,d", c.hfLikes()) + " " + l.get("word.likes"),
                  c.githubStars() == null
                      ? null
                      : String.format("%,d", c.githubStars()) + " " + l.get("word.stars"),
                  c.lastRelease() == null ? null : l.get("word.released") + " " + c.lastRelease(),
                  c.asOf() == null ? null : "(" + l.get("word.as_of") + " " + c.asOf() + ")")));
    }
    if (m.customization() != null) {
      var c = m.customization();
      facts.add(
          row(
              l,
              "field.customization",
              join(
                  c.fineTuning() == null
                      ? null
                      : l.get("word.fine_tuning")
                          + ": "
                          + (c.fineTuning().isEmpty() ? "-" : String.join(", ", c.fineTuning())),
                  c.trainingCodeOpen() == null
                      ? null
                      : l.get("word.training_code")
                          + " "
                          + LicensesView.yesNo(l, c.trainingCodeOpen()),
                  c.trainingDataOpen() == null
                      ? null
                      : l.get("word.training_data")
                          + " "
                          + LicensesView.yesNo(l, c.trainingDataOpen()),
                  c.quantizedVariants() == null
                      ? null
                      : l.get("word.quantized")
                          + " "
                          + LicensesView.yesNo(l, c.quantizedVariants()))));
    }
    if (view.capabilities() != null && m.capabilities() != null) {
      List<String> caps = new ArrayList<>();
      view.capabilities()
          .forEach(
              (id, has) ->
                  caps.add(
                      l.get("capability." + id)
                          + " "
                          + (has == null ? l.get("word.unknown") : LicensesView.yesNo(l, has))));
      facts.add(
          row(l, "field.capabilities", String.join(" · ", caps) + source(m.capabilities().asOf())));
    }
    var fresh = view.freshness();
    if (fresh != null) {
      facts.add(
          row(
              l,
              "field.facts_checked",
              fresh.oldestAsOf().equals(fresh.newestAsOf())
                  ? fresh.oldestAsOf()
                  : l.get("show.facts_range", fresh.oldestAsOf(), fresh.newestAsOf())));
    }
    Cards.fields(facts, out);
    if (fresh != null && Boolean.TRUE.equals(fresh.stale())) {
      w.println();
      for (String line :
          TextWidth.wrap(
              Sanitize.line(
                  l.get(
                      "show.stale",
                      fresh.oldestFact(),
                      fresh.oldestAsOf(),
                      fresh.ageDays(),
                      fresh.maxAgeDays())),
              out.width())) {
        w.println(out.styles().apply(Style.WARNING, line));
      }
    }
    if (view.newerGeneration() != null) {
      var n = view.newerGeneration();
      w.println();
      for (String line :
          TextWidth.wrap(
              Sanitize.line(
                  l.get(
                      "show.newer_generation",
                      m.family(),
                      n.family(),
                      String.join(", ", n.models()),
                      n.source())),
              out.width())) {
        w.println(out.styles().apply(Style.WARNING, line));
      }
    }

    w.println();
    out.paragraph(l.get("show.tasks"), Style.HEADER);
    out.table(
        new TableSpec<>(
            List.of(
                Column.<TaskFit>text(l.get("col.task"), TaskFit::id, 6, 20),
                Column.<TaskFit>text(l.get("col.fit"), t -> t.fit().id(), 4, 6),
                Column.<TaskFit>text(l.get("col.why"), t -> t.why() == null ? "" : t.why(), 12, 200)
                    .priority(0)
                    .wrapped()),
            m.tasks()));

    if (!m.benchmarks().isEmpty()) {
      w.println();
      out.paragraph(l.get("show.benchmarks"), Style.HEADER);
      out.table(
          new TableSpec<>(
              List.of(
                  Column.<Benchmark>text(l.get("col.benchmark"), Benchmark::name, 6, 24),
                  Column.<Benchmark>number(l.get("col.value"), b -> trim(b.value())),
                  Column.<Benchmark>text(
                      l.get("col.metric"), b -> b.metric() == null ? "" : b.metric(), 6, 24),
                  Column.<Benchmark>text(
                      l.get("col.split"), b -> b.split() == null ? "?" : b.split(), 4, 5),
                  Column.<Benchmark>text(
                          l.get("col.setting"), b -> b.setting() == null ? "" : b.setting(), 6, 24)
                      .priority(0),
                  Column.<Benchmark>text(
                          l.get("col.source"), b -> b.source() == null ? "" : b.source(), 10, 80)
                      .priority(0)),
              m.benchmarks()));
    }

    List<LicensesView.LicenseView> named =
        view.licenses() != null
            ? view.licenses()
            : view.license() != null ? List.of(view.license()) : List.of();
    for (var lic : named) {
      w.println();
      w.println(
          out.styles()
              .apply(
                  Style.HEADER,
                  Sanitize.line(l.get("show.license", lic.id(), lic.name(), lic.category()))));
      for (String line : TextWidth.wrap(Sanitize.line(lic.conditions()), out.width() - 2)) {
        w.println("  " + line);
      }
      LicenseText.clauses(lic, l, out);
    }

    if (!view.scores().isEmpty()) {
      w.println();
      out.paragraph(l.get("show.scores"), Style.HEADER);
      out.table(
          new TableSpec<>(
              List.of(
                  Column.<ModelCardView.ScoreView>text(
                      l.get("col.task"), ModelCardView.ScoreView::task, 6, 20),
                  Column.<ModelCardView.ScoreView>number(
                      l.get("col.rank"), s -> s.rank() + "/" + s.of()),
                  Column.<ModelCardView.ScoreView>number(
                      l.get("col.score"), s -> Numbers.score(s.score())),
                  Column.<ModelCardView.ScoreView>number(
                      l.get("col.task_fit"), s -> Numbers.score(s.criteria().get("task_fit"))),
                  Column.<ModelCardView.ScoreView>number(
                      l.get("col.performance"),
                      s -> Numbers.score(s.criteria().get("performance"))),
                  Column.<ModelCardView.ScoreView>number(
                      l.get("col.docs"), s -> Numbers.score(s.criteria().get("docs"))),
                  Column.<ModelCardView.ScoreView>number(
                      l.get("col.community"), s -> Numbers.score(s.criteria().get("community"))),
                  Column.<ModelCardView.ScoreView>number(
                      l.get("col.customizability"),
                      s -> Numbers.score(s.criteria().get("customizability"))),
                  Column.<ModelCardView.ScoreView>number(
                      l.get("col.license_score"), s -> Numbers.score(s.criteria().get("license")))),
              view.scores()));
    }

    if (m.notes() != null) {
      w.println();
      out.paragraph(l.get("show.notes"), Style.HEADER);
      for (String line : TextWidth.wrap(Sanitize.line(m.notes()), out.width() - 2)) {
        w.println("  " + line);
      }
    }
    w.println();
    out.paragraph(l.get("show.sources"), Style.HEADER);
    for (String s : view.sources()) {
      w.println("  " + TextWidth.truncate(Sanitize.line(s), out.width() - 2));
    }
    w.flush();
  }

  private static String[] row(Labels l, String key, String value) {
    return new String[] {l.get(key), value == null ? "" : value};
  }

  private static String source(Sourced s) {
    return s == null ? "" : source(s.asOf());
  }

  private static String source(String asOf) {
    return asOf == null ? "" : " [" + asOf + "]";
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        present.add(p);
      }
    }
    return String.join(" · ", present);
  }

  static String trim(Double v) {
    if (v == null) {
      return "";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString(v.longValue())
        : Double.toString(v);
  }
}
