package io.github.advisorcli.advisor.hardware;

import io.github.advisorcli.advisor.catalog.Model;
import java.util.ArrayList;
import java.util.List;

/** Works out a {@link FitReport}: memory, fit level, largest context, best precision, speed. */
public final class Fitting {
  /** The context used when none is asked for (or the model's own maximum, if smaller). */
  public static final long DEFAULT_CONTEXT = 4096;

  private Fitting() {}

  /** The context to use: the one asked for, else 4096 or the model's maximum if smaller. */
  public static long context(Model m, Long asked) {
    if (asked != null) {
      return asked;
    }
    return m.contextLength() == null
        ? DEFAULT_CONTEXT
        : Math.min(DEFAULT_CONTEXT, m.contextLength());
  }

  public static FitReport analyze(
      Model m, Long askedContext, int batch, WeightFormat precision, KvPrecision kv, Hardware hw) {
    long context = context(m, askedContext);
    MemoryEstimate memory = MemoryEstimate.of(m, precision, context, batch, kv);
    List<Note> notes = new ArrayList<>(memory.notes());
    notes.add(Note.of("overhead", MemoryEstimate.OVERHEAD_PERCENT));
    FitLevel fit = null;
    Long maxContext = null;
    WeightFormat best = null;
    Speed speed = null;
    if (hw != null) {
      if (hw.cards() > 1) {
        notes.add(Note.of("cards", hw.cards()));
      }
      if (hw.unified()) {
        notes.add(Note.of("unified"));
      }
      if (memory.totalBytes() != null) {
        fit = FitLevel.of(memory.totalBytes(), hw);
      }
      if (hw.hasGpu()) {
        maxContext = maxContext(m, precision, batch, kv, hw.vramBytes());
        best = bestPrecision(m, context, batch, kv, hw.vramBytes());
      }
      if (fit == FitLevel.FULL_GPU && hw.bandwidthBytesPerSecond() != null) {
        long active = m.activeParameters() != null ? m.activeParameters() : m.parameters();
        long perToken = precision.bytesFor(active) + memory.kvCacheBytes();
        speed = Speed.of(perToken, hw.bandwidthBytesPerSecond());
      } else if (hw.bandwidthBytesPerSecond() == null) {
        notes.add(Note.of("speed_no_bandwidth"));
      } else if (fit != null) {
        notes.add(Note.of("speed_not_full"));
      }
    }
    return new FitReport(
        m, context, batch, precision, kv, memory, hw, fit, maxContext, best, speed, notes);
  }

  /**
   * The largest context, up to the model's maximum, whose total fits in {@code budget}; null when
   * not even one token fits or the total cannot be computed. The total never shrinks as the context
   * grows, so a binary search finds it.
   */
  public static Long maxContext(
      Model m, WeightFormat precision, int batch, KvPrecision kv, long budget) {
    if (m.contextLength() == null) {
      return null;
    }
    Long one = MemoryEstimate.of(m, precision, 1, batch, kv).totalBytes();
    if (one == null || one > budget) {
      return null;
    }
    long lo = 1;
    long hi = m.contextLength();
    while (lo < hi) {
      long mid = lo + (hi - lo + 1) / 2;
      if (MemoryEstimate.of(m, precision, mid, batch, kv).totalBytes() <= budget) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The first format in {@link WeightFormat#qualityOrder()} whose total fits, or null. */
  public static WeightFormat bestPrecision(
      Model m, long context, int batch, KvPrecision kv, long budget) {
    for (WeightFormat f : WeightFormat.qualityOrder()) {
      Long total = MemoryEstimate.of(m, f, context, batch, kv).totalBytes();
      if (total == null) {
        return null;
      }
      if (total <= budget) {
        return f;
      }
    }
    return null;
  }
}
