package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.hub.ImportReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The summary of a Hub import, for stderr: counts, then skipped entries grouped by reason. */
public final class HubImportText {
  private HubImportText() {}

  public static void write(ImportReport r, Labels l, PrintWriter err) {
    err.println(l.get("hub.summary", r.read(), r.imported(), r.merged(), r.skipped()));
    if (!r.skips().isEmpty()) {
      err.println(l.get("hub.skipped"));
      for (ImportReport.SkipGroup g : r.skips()) {
        String detail =
            g.detail() == null || g.detail().equals("(none)")
                ? l.get("hub.no_tag")
                : Sanitize.line(g.detail());
        String reason = l.get("hub.skip." + g.reason().id(), detail);
        String examples = String.join(", ", g.examples());
        if (g.count() > g.examples().size()) {
          examples += l.get("hub.more", g.count() - g.examples().size());
        }
        err.println("  " + l.get("hub.skip.line", reason, g.count(), Sanitize.line(examples)));
      }
    }
    if (!r.untasked().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Long> e : r.untasked().entrySet()) {
        String tag = e.getKey().equals("(none)") ? l.get("hub.no_tag") : Sanitize.line(e.getKey());
        parts.add(tag + " " + e.getValue());
      }
      err.println(l.get("hub.untasked", String.join(", ", parts)));
    }
  }
}
