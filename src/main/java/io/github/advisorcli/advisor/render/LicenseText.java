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
    rows.add(new String[] {l.get("field.commercial"), LicensesView.yesNo(l, v.commercialUse())});
    rows.add(new String[] {l.get("field.attribution"), LicensesView.yesNo(l, v.attribution())});
    rows.add(new String[] {l.get("field.share_alike"), LicensesView.yesNo(l, v.shareAlike())});
    rows.add(
        new String[] {l.get("field.restrictions"), LicensesView.yesNo(l, v.useRestrictions())});
    if (v.userThreshold() != null) {
      rows.add(
          new String[] {l.get("field.user_threshold"), String.format("%,d", v.userThreshold())});
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
    w.println();
    out.paragraph(l.get("field.models_using", v.models().size()));
    for (String line : TextWidth.wrap(String.join(", ", v.models()), out.width() - 2)) {
      w.println("  " + line);
    }
    w.flush();
  }
}
