package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.render.LicensesView.LicenseView;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** One license as a card: its flags, conditions and the models under it. */
public final class LicenseText {
  private LicenseText() {}

  public static void write(LicenseView v, Labels l, Output out) {
    PrintWriter w = out.writer();
    out.paragraph(Sanitize.line(v.id() + " — " + v.name()), Style.HEADER);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {l.get("field.category"), v.category()});
    rows.add(new String[] {l.get("field.commercial"), LicensesView.terms(l, v)});
    rows.add(new String[] {l.get("field.attribution"), LicensesView.yesNo(l, v.attribution())});
    rows.add(new String[] {l.get("field.share_alike"), LicensesView.yesNo(l, v.shareAlike())});
    rows.add(
        new String[] {l.get("field.restrictions"), LicensesView.yesNo(l, v.useRestrictions())});
    if (v.userThreshold() != null) {
      rows.add(
          new String[] {l.get("field.user_threshold"), String.format("%,d", v.userThreshold())});
    }
    if (v.acceptableUsePolicy() != null) {
      rows.add(new String[] {l.get("field.acceptable_use_policy"), v.acceptableUsePolicy()});
    }
    rows.add(new String[] {l.get("field.url"), v.url()});
    rows.add(new String[] {l.get("field.source"), v.source() + " (" + v.asOf() + ")"});
    if (!v.aliases().isEmpty()) {
      rows.add(new String[] {l.get("field.aliases"), String.join(", ", v.aliases())});
    }
    Cards.fields(rows, out);
    w.println();
    out.paragraph(l.get("field.conditions"));
    for (String line : TextWidth.wrap(Sanitize.line(v.conditions()), out.width() - 2)) {
      w.println("  " + line);
    }
    clauses(v, l, out);
    w.println();
    out.paragraph(l.get("field.models_using", v.models().size()));
    for (String line : TextWidth.wrap(String.join(", ", v.models()), out.width() - 2)) {
      w.println("  " + line);
    }
    w.flush();
  }

  /** The license's clauses, each with what it requires and its own words; nothing when none. */
  static void clauses(LicenseView v, Labels l, Output out) {
    if (v.clauses().isEmpty()) {
      return;
    }
    PrintWriter w = out.writer();
    w.println();
    out.paragraph(l.get("field.clauses", l.get("word.commercial." + v.commercialTerms())));
    for (LicensesView.ClauseView c : v.clauses()) {
      List<String> head =
          TextWidth.wrap(Sanitize.line("- " + c.type() + ": " + c.summary()), out.width() - 4);
      for (int i = 0; i < head.size(); i++) {
        w.println((i == 0 ? "  " : "    ") + head.get(i));
      }
      if (c.clause() != null) {
        for (String line :
            TextWidth.wrap(Sanitize.line("\"" + c.clause() + "\""), out.width() - 6)) {
          w.println("      " + line);
        }
      }
    }
  }
}
