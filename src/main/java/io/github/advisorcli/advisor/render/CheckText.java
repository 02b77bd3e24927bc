package io.github.advisorcli.advisor.render;

import java.io.PrintWriter;
import java.util.List;

/** {@code check} as a table for people, and as Markdown for a pull-request comment. */
public final class CheckText {
  private CheckText() {}

  public static TableSpec<CheckView.ModelView> models(CheckView view, Labels l) {
    return new TableSpec<>(
        List.of(
            Column.<CheckView.ModelView>id(l.get("col.model"), CheckView.ModelView::id),
            Column.<CheckView.ModelView>text(l.get("col.task"), CheckView.ModelView::task, 6, 18),
            Column.<CheckView.ModelView>number(
                l.get("col.score"), m -> m.score() == null ? "-" : Numbers.score(m.score())),
            Column.<CheckView.ModelView>text(
                    l.get("col.status"), m -> l.get("check.status." + m.status()), 4, 10)
                .styled(
                    m ->
                        m.status().equals("fail")
                            ? Style.SCORE_LOW
                            : m.status().equals("pass") ? Style.SCORE_HIGH : Style.WARNING),
            Column.<CheckView.ModelView>text(
                    l.get("col.where"), m -> m.where() == null ? "" : m.where(), 5, 40)
                .priority(0)
                .droppable(1)),
        view.models());
  }

  public static void write(CheckView view, Labels l, Output out) {
    PrintWriter w = out.writer();
    out.table(models(view, l));
    section(
        w,
        out,
        l.get("check.violations", view.violations().size()),
        view.violations(),
        Style.SCORE_LOW,
        l);
    section(w, out, l.get("check.excepted", view.excepted().size()), view.excepted(), Style.DIM, l);
    section(
        w, out, l.get("check.warnings", view.warnings().size()), view.warnings(), Style.WARNING, l);
    w.println();
    w.println(
        out.styles()
            .apply(
                view.passed() ? Style.SCORE_HIGH : Style.SCORE_LOW,
                l.get(view.passed() ? "check.passed" : "check.failed", view.violations().size())));
    w.flush();
  }

  private static void section(
      PrintWriter w,
      Output out,
      String heading,
      List<CheckView.FindingView> findings,
      Style style,
      Labels l) {
    if (findings.isEmpty()) {
      return;
    }
    w.println();
    out.paragraph(heading, Style.HEADER);
    for (CheckView.FindingView f : findings) {
      String at =
          f.file()
              + (f.line() == null
                  ? ""
                  : ":" + f.line() + (f.column() == null ? "" : ":" + f.column()));
      String head = at + "  " + (f.rule() == null ? "" : "[" + f.rule() + "] ");
      // The first line is indented by two, the lines after it by four: none is wider than the
      // width.
      List<String> lines =
          TextWidth.wrap(
              Sanitize.line(head + ReasonText.of(f.why(), l)), out.width() - 2, out.width() - 4);
      w.println("  " + out.styles().apply(style, lines.get(0)));
      for (int i = 1; i < lines.size(); i++) {
        w.println("    " + lines.get(i));
      }
      if (f.exception() != null) {
        for (String line :
            TextWidth.wrap(
                l.get(
                    "check.excepted_by",
                    Sanitize.line(f.exception().reason()),
                    Sanitize.line(f.exception().approvedBy()),
                    f.exception().expires()),
                out.width() - 4)) {
          w.println("    " + line);
        }
      }
      if (f.howToFix() != null) {
        for (String line :
            TextWidth.wrap("→ " + Sanitize.line(ReasonText.of(f.howToFix(), l)), out.width() - 4)) {
          w.println("    " + line);
        }
      }
    }
  }

  public static String markdown(CheckView view, Labels l) {
    StringBuilder md = new StringBuilder();
    md.append("### advisor check: ").append(view.passed() ? "passed ✅" : "failed ❌").append("\n\n");
    md.append(Markdown.render(models(view, l)));
    appendFindings(md, "Violations", view.violations());
    appendFindings(md, "Excepted", view.excepted());
    appendFindings(md, "Warnings", view.warnings());
    return md.toString();
  }

  private static void appendFindings(
      StringBuilder md, String title, List<CheckView.FindingView> findings) {
    if (findings.isEmpty()) {
      return;
    }
    md.append("\n**").append(title).append("**\n\n");
    for (CheckView.FindingView f : findings) {
      md.append("- `")
          .append(Sanitize.line(f.file()).replace("`", "'"))
          .append(f.line() == null ? "" : ":" + f.line())
          .append("` ")
          .append(f.rule() == null ? "" : "**" + f.rule() + "** ")
          .append(Markdown.escape(Sanitize.line(f.message())));
      if (f.hint() != null) {
        md.append(" — ").append(Markdown.escape(Sanitize.line(f.hint())));
      }
      md.append('\n');
    }
  }
}
