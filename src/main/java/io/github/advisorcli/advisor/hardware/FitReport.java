package io.github.advisorcli.advisor.hardware;

import io.github.advisorcli.advisor.catalog.Model;
import java.util.List;

/**
 * Will a model run on this hardware, and how fast.
 *
 * @param model the model
 * @param context the context asked for
 * @param batch sequences decoded together
 * @param precision the weights' precision
 * @param kvPrecision the cache's precision
 * @param memory the memory at that context
 * @param hardware the hardware, or null when none was given
 * @param fit how it fits, or null without hardware or with an unknown total
 * @param maxContext the largest context that fits fully in accelerator memory, or null
 * @param bestPrecision the highest-quality precision that fits fully at the context, or null
 * @param speed the decode estimate, or null when it cannot be made
 * @param notes what was assumed or left out
 */
public record FitReport(
    Model model,
    long context,
    int batch,
    WeightFormat precision,
    KvPrecision kvPrecision,
    MemoryEstimate memory,
    Hardware hardware,
    FitLevel fit,
    Long maxContext,
    WeightFormat bestPrecision,
    Speed speed,
    List<Note> notes) {
  public FitReport {
    notes = List.copyOf(notes);
  }
}
