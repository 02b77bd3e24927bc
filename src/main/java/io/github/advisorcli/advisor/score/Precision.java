package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.hardware.WeightFormat;

/** Numeric precision of weights, and the bytes each parameter takes at it. */
public enum Precision {
  FP32(WeightFormat.FP32),
  FP16(WeightFormat.FP16),
  INT8(WeightFormat.INT8),
  INT4(WeightFormat.INT4);

  private final WeightFormat format;

  Precision(WeightFormat format) {
    this.format = format;
  }

  /** The same precision in the memory model, which owns the bits per weight. */
  public WeightFormat format() {
    return format;
  }

  /**
   * Memory for the weights alone: the KV cache and runtime overhead come on top (see {@link
   * io.github.advisorcli.advisor.hardware.MemoryEstimate} for the total at a context).
   */
  public long bytesFor(long parameters) {
    return format.bytesFor(parameters);
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
