package io.github.advisorcli.advisor.hardware;

import io.github.advisorcli.advisor.catalog.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory a model needs to run: weights at a precision (all experts of a mixture of experts
 * resident), the key-value cache at a context, and a runtime overhead. This is the one place that
 * answers "how much memory does this model need".
 *
 * @param weightsBytes the weights, or null without a parameter count
 * @param kvCacheBytes the key-value cache, or null when the config lacks the facts
 * @param overheadBytes runtime overhead, an estimate ({@link #OVERHEAD_PERCENT}% of the weights)
 * @param totalBytes the sum, or null when a part is unknown
 * @param tokens the tokens per sequence the cache holds (after the cap at the model's context)
 * @param notes what was assumed or left out
 */
public record MemoryEstimate(
    Long weightsBytes,
    Long kvCacheBytes,
    Long overheadBytes,
    Long totalBytes,
    long tokens,
    List<Note> notes) {

  /**
   * Activations, buffers and the runtime's own memory, as a share of the weights: EleutherAI's
   * "Transformer Math 101" puts inference overhead at no more than 20% of the weights. An estimate.
   */
  public static final int OVERHEAD_PERCENT = 20;

  public static final String OVERHEAD_SOURCE = "https://blog.eleuther.ai/transformer-math/";

  public MemoryEstimate {
    notes = List.copyOf(notes);
  }

  public static MemoryEstimate of(
      Model m, WeightFormat precision, long context, int batch, KvPrecision kv) {
    List<Note> notes = new ArrayList<>();
    Long weights = weights(m, precision);
    if (weights == null) {
      notes.add(Note.of("parameters_unknown"));
    } else if (m.activeParameters() != null && !m.activeParameters().equals(m.parameters())) {
      notes.add(Note.of("moe_resident", m.parameters(), m.activeParameters()));
    }
    KvCache.Size cache = KvCache.of(m, context, batch, kv);
    notes.addAll(cache.notes());
    Long overhead = weights == null ? null : (weights * OVERHEAD_PERCENT + 99) / 100;
    Long total =
        weights == null || cache.bytes() == null ? null : weights + cache.bytes() + overhead;
    return new MemoryEstimate(weights, cache.bytes(), overhead, total, cache.tokens(), notes);
  }

  /** Weights alone at a precision, or null without a parameter count. */
  public static Long weights(Model m, WeightFormat precision) {
    return m.parameters() == null ? null : precision.bytesFor(m.parameters());
  }
}
