package io.github.advisorcli.advisor.hardware;

import io.github.advisorcli.advisor.catalog.ArchitectureConfig;
import io.github.advisorcli.advisor.catalog.AttentionKind;
import io.github.advisorcli.advisor.catalog.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * The key-value cache a model holds at a context, from its config.json facts only; never guessed
 * from the parameter count.
 *
 * <ul>
 *   <li>full attention: 2 (K and V) × kv_heads × head_dim × bytes × layers × tokens
 *   <li>sliding-window layers hold min(tokens, window) tokens
 *   <li>MLA: (kv_lora_rank + qk_rope_head_dim) × bytes × layers × tokens, no factor 2, no heads
 *   <li>hybrid: only layers − linear_layers grow; the constant state of linear or state-space
 *       layers is not computable from the recorded facts and counts 0, with a note
 * </ul>
 *
 * Tokens are capped at the model's context length, and the whole is multiplied by the batch.
 */
public final class KvCache {
  private KvCache() {}

  /**
   * The cache's size.
   *
   * @param bytes the total, or null when the model lacks the facts
   * @param tokens the tokens per sequence actually cached (after the cap)
   * @param notes what was assumed or left out
   */
  public record Size(Long bytes, long tokens, List<Note> notes) {
    public Size {
      notes = List.copyOf(notes);
    }
  }

  public static Size of(Model m, long context, int batch, KvPrecision precision) {
    List<Note> notes = new ArrayList<>();
    long tokens = context;
    if (m.contextLength() != null && context > m.contextLength()) {
      tokens = m.contextLength();
      notes.add(Note.of("context_capped", context, m.contextLength()));
    }
    ArchitectureConfig c = m.config();
    if (c == null || c.layers() == null) {
      notes.add(Note.of("kv_unknown", "layers"));
      return new Size(null, tokens, notes);
    }
    AttentionKind kind = c.attention() == null ? AttentionKind.FULL : c.attention();
    double perValue = precision.bytes();
    double total;
    if (kind == AttentionKind.MLA) {
      if (c.kvLoraRank() == null || c.qkRopeHeadDim() == null) {
        notes.add(Note.of("kv_unknown", "kv_lora_rank, qk_rope_head_dim"));
        return new Size(null, tokens, notes);
      }
      total = (double) (c.kvLoraRank() + c.qkRopeHeadDim()) * perValue * c.layers() * tokens;
      notes.add(Note.of("kv_mla"));
    } else {
      Long kvHeads = c.kvHeads();
      Long headDim = c.headDim();
      if (kvHeads == null || headDim == null) {
        notes.add(Note.of("kv_unknown", "kv_heads, head_dim"));
        return new Size(null, tokens, notes);
      }
      double perTokenLayer = 2.0 * kvHeads * headDim * perValue;
      long fullLayers = c.layers();
      long slidingLayers = 0;
      switch (kind) {
        case SLIDING -> {
          slidingLayers = c.layers();
          fullLayers = 0;
        }
        case MIXED -> {
          if (c.slidingLayers() == null) {
            notes.add(Note.of("kv_unknown", "sliding_layers"));
            return new Size(null, tokens, notes);
          }
          slidingLayers = c.slidingLayers();
          fullLayers = c.layers() - slidingLayers;
        }
        case HYBRID -> {
          if (c.linearLayers() == null) {
            notes.add(Note.of("kv_unknown", "linear_layers"));
            return new Size(null, tokens, notes);
          }
          fullLayers = c.layers() - c.linearLayers();
          notes.add(Note.of("kv_linear_state", c.linearLayers()));
        }
        default -> {}
      }
      long windowTokens = tokens;
      if (slidingLayers > 0) {
        if (c.slidingWindow() == null) {
          notes.add(Note.of("kv_unknown", "sliding_window"));
          return new Size(null, tokens, notes);
        }
        windowTokens = Math.min(tokens, c.slidingWindow());
        notes.add(Note.of("kv_sliding", slidingLayers, c.slidingWindow()));
      }
      total = perTokenLayer * (fullLayers * tokens + slidingLayers * windowTokens);
    }
    return new Size((long) Math.ceil(total * batch), tokens, notes);
  }
}
