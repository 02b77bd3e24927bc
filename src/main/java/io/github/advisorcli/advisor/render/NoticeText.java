package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.bom.BillOfMaterials;
import io.github.advisorcli.advisor.bom.Obligations;
import io.github.advisorcli.advisor.license.License;
import java.util.Locale;

/**
 * {@code check --format notice}: the obligations of the manifest's models as Markdown that also
 * reads as plain text, for a NOTICE file or a pull-request comment. The sentences come from the
 * bundles; what the licenses themselves say (their names, notices and quoted clauses) stays as the
 * registry records it.
 */
public final class NoticeText {
  private NoticeText() {}

  public static String markdown(Obligations o, Labels l) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(l.get("notice.title", plain(o.manifest()))).append("\n\n");
    md.append(l.get("notice.intro", o.tool())).append('\n');
    for (Obligations.Group g : o.groups()) {
      License lic = g.license();
      md.append("\n## ").append(line(lic.name())).append(" (").append(lic.id()).append(")\n\n");
      md.append(l.get("notice.models")).append('\n');
      for (BillOfMaterials.Item item : g.models()) {
        md.append("- ").append(model(item, l)).append('\n');
      }
      md.append('\n');
      if (lic.url() != null) {
        md.append(l.get("notice.license_text", line(lic.url()))).append('\n');
      }
      if (lic.source() != null) {
        md.append(l.get("notice.checked", line(lic.source()), nz(lic.asOf()))).append('\n');
      }
      md.append('\n').append(l.get("notice.obligations")).append('\n');
      if (g.duties().isEmpty()) {
        md.append("- ").append(l.get("notice.none")).append('\n');
      }
      for (Obligations.Duty d : g.duties()) {
        md.append("- ").append(duty(d, l)).append('\n');
        if (d.clause() != null) {
          md.append("  > ").append(line(d.clause())).append('\n');
        }
      }
      if (lic.conditions() != null) {
        md.append('\n').append(l.get("notice.summary")).append(' ').append(line(lic.conditions()));
        md.append('\n');
      }
    }
    return md.toString();
  }

  private static String model(BillOfMaterials.Item item, Labels l) {
    var m = item.model();
    StringBuilder s = new StringBuilder(plain(m.id()));
    s.append(" — ").append(line(m.name())).append(", ").append(line(m.organization()));
    if (item.hubUrl() != null) {
      s.append(", ").append(line(item.hubUrl()));
    }
    if (item.revision() != null) {
      s.append(", ").append(l.get("notice.revision", item.revision()));
    }
    if (item.checked().use().where() != null) {
      s.append(" (").append(plain(item.checked().use().where())).append(')');
    }
    return s.toString();
  }

  private static String duty(Obligations.Duty d, Labels l) {
    Object[] args = new Object[d.args().size()];
    for (int i = 0; i < args.length; i++) {
      Object a = d.args().get(i);
      args[i] =
          a instanceof Long n ? String.format(Locale.ROOT, "%,d", n) : line(String.valueOf(a));
    }
    return l.get("notice.duty." + d.key(), args);
  }

  /** Text from the manifest: one line, with Markdown markup escaped. */
  private static String plain(String s) {
    return Markdown.escape(Sanitize.line(s));
  }

  /** Text from the registry or catalog: one line, as written. */
  private static String line(String s) {
    return Sanitize.line(s);
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }
}
