package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a model's layers attend, which decides how its key-value cache grows with the context. */
public enum AttentionKind {
  /** Every layer attends to the whole context. */
  FULL("full"),
  /** Every layer attends to a sliding window only. */
  SLIDING("sliding"),
  /** Some layers use a sliding window, the others the whole context. */
  MIXED("mixed"),
  /** Multi-head latent attention: a compressed latent per token instead of keys and values. */
  MLA("mla"),
  /** Some layers keep a constant-size state (linear attention, state-space) instead of a cache. */
  HYBRID("hybrid");

  private final String id;

  AttentionKind(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
