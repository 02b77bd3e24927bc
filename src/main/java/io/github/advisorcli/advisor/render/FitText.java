package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.catalog.ArchitectureConfig;
import io.github.advisorcli.advisor.catalog.AttentionKind;
import io.github.advisorcli.advisor.hardware.FitReport;
import io.github.advisorcli.advisor.hardware.Hardware;
import io.github.advisorcli.advisor.hardware.MemoryEstimate;
import io.github.advisorcli.advisor.hardware.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code advisor fit} in the terminal: each number with how it was worked out. */
public final class FitText {
  private FitText() {}

  public static void write(FitReport r, Labels l, Output out) {
    out.paragraph(
        Sanitize.line(
            l.get(
                "fit.heading",
                r.model().id(),
                Numbers.tokens(r.context()),
                r.batch(),
                r.precision().id(),
                r.kvPrecision().id())),
        Style.HEADER);
    TableSpec<String[]> full = table(r, l);
    out.table(new TableSpec<>(full.columns().subList(0, 2), full.rows()));
    out.paragraph(l.get("fit.how"), Style.HEADER);
    for (String[] row : full.rows()) {
      if (!row[2].isEmpty()) {
        out.paragraph("- " + row[0] + ": " + Sanitize.line(row[2]));
      }
    }
    List<String> notes = FitView.notes(r.notes(), l);
    if (!notes.isEmpty()) {
      out.paragraph(l.get("fit.notes"), Style.HEADER);
      for (String n : notes) {
        out.paragraph("- " + Sanitize.line(n));
      }
    }
  }

  /** Rows of item, value and how it was worked out; also the CSV and Markdown shape. */
  public static TableSpec<String[]> table(FitReport r, Labels l) {
    MemoryEstimate m = r.memory();
    List<String[]> rows = new ArrayList<>();
    String unknown = l.get("word.unknown");
    rows.add(
        new String[] {
          l.get("fit.row.weights"),
          bytes(m.weightsBytes(), unknown),
          r.model().parameters() == null
              ? l.get("fit.how.no_parameters")
              : l.get(
                  "fit.how.weights",
                  Numbers.params(r.model().parameters()),
                  String.valueOf(r.precision().bitsPerWeight()),
                  r.precision().source())
        });
    rows.add(
        new String[] {
          l.get("fit.row.kv"), bytes(m.kvCacheBytes(), unknown), kvHow(r, m.tokens(), l)
        });
    rows.add(
        new String[] {
          l.get("fit.row.overhead"),
          bytes(m.overheadBytes(), unknown),
          l.get("fit.how.overhead", MemoryEstimate.OVERHEAD_PERCENT, MemoryEstimate.OVERHEAD_SOURCE)
        });
    rows.add(
        new String[] {
          l.get("fit.row.total"), bytes(m.totalBytes(), unknown), l.get("fit.how.total")
        });
    Hardware h = r.hardware();
    if (h != null) {
      rows.add(
          new String[] {
            l.get("fit.row.hardware"),
            h.name(),
            l.get(
                    "fit.how.hardware",
                    Numbers.bytes(h.vramBytes()),
                    h.ramBytes() == null ? "-" : Numbers.bytes(h.ramBytes()),
                    h.bandwidthBytesPerSecond() == null
                        ? unknown
                        : bandwidth(h.bandwidthBytesPerSecond()))
                + (h.source() == null ? "" : " " + h.source())
          });
      rows.add(
          new String[] {
            l.get("fit.row.fit"),
            r.fit() == null ? unknown : r.fit().id(),
            r.fit() == null ? "" : l.get("fit.how.fit." + r.fit().id())
          });
      if (h.hasGpu()) {
        rows.add(
            new String[] {
              l.get("fit.row.max_context"),
              r.maxContext() == null ? "-" : Long.toString(r.maxContext()),
              l.get("fit.how.max_context")
            });
        rows.add(
            new String[] {
              l.get("fit.row.best_precision"),
              r.bestPrecision() == null ? "-" : r.bestPrecision().id(),
              l.get("fit.how.best_precision")
            });
      }
      rows.add(
          new String[] {
            l.get("fit.row.speed"),
            r.speed() == null
                ? "-"
                : String.format(Locale.ROOT, "%.1f–%.1f tok/s", r.speed().low(), r.speed().high()),
            r.speed() == null ? "" : FitView.basis(r, l)
          });
    }
    return new TableSpec<>(
        List.of(
            Column.<String[]>text(l.get("col.item"), x -> x[0], 5, 24),
            Column.<String[]>text(l.get("col.value"), x -> x[1], 5, 24),
            Column.<String[]>text(l.get("col.how"), x -> x[2], 10, 10_000)),
        rows);
  }

  /** What {@code --hardware auto} found, for stderr. */
  public static String detected(Probe.Found f, Labels l) {
    StringBuilder b = new StringBuilder();
    if (f.cards().isEmpty()) {
      b.append(l.get("fit.detect.no_gpu"));
    } else {
      for (Probe.Card c : f.cards()) {
        b.append(
                l.get(
                    "fit.detect.card",
                    f.tool(),
                    Sanitize.line(c.name()),
                    Numbers.bytes(c.memoryBytes())))
            .append('\n');
      }
      if (f.cards().size() > 1) {
        b.append(l.get("fit.detect.several", f.cards().size())).append('\n');
      }
    }
    if (f.ramBytes() != null) {
      if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
        b.append('\n');
      }
      b.append(l.get("fit.detect.ram", Numbers.bytes(f.ramBytes())));
    }
    return b.toString().strip();
  }

  private static String kvHow(FitReport r, long tokens, Labels l) {
    ArchitectureConfig c = r.model().config();
    if (r.memory().kvCacheBytes() == null || c == null) {
      return l.get("fit.how.kv_unknown");
    }
    AttentionKind kind = c.attention() == null ? AttentionKind.FULL : c.attention();
    String bytes = String.valueOf(r.kvPrecision().bytes());
    if (kind == AttentionKind.MLA) {
      return l.get(
          "fit.how.kv_mla",
          c.kvLoraRank(),
          c.qkRopeHeadDim(),
          bytes,
          c.layers(),
          tokens,
          r.batch(),
          c.source());
    }
    String text =
        l.get(
            "fit.how.kv",
            c.kvHeads() == null ? c.attentionHeads() : c.kvHeads(),
            c.headDim() == null ? "d" : c.headDim(),
            bytes,
            c.layers(),
            tokens,
            r.batch(),
            c.source());
    if (c.slidingWindow() != null
        && (kind == AttentionKind.SLIDING || kind == AttentionKind.MIXED)) {
      text += "; " + l.get("fit.how.kv_window", c.slidingWindow());
    }
    return text;
  }

  private static String bytes(Long b, String unknown) {
    return b == null ? unknown : Numbers.bytes(b);
  }

  static String bandwidth(long bytesPerSecond) {
    return String.format(Locale.ROOT, "%.0f GB/s", bytesPerSecond / 1e9);
  }
}
