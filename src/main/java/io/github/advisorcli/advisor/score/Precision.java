package io.github.advisorcli.advisor.score;

/** Numeric precision of weights, and the bytes each parameter takes at it. */
public enum Precision {
  FP32(4.0),
  FP16(2.0),
  INT8(1.0),
  INT4(0.5);

  private final double bytes;

  Precision(double bytes) {
    this.bytes = bytes;
  }

  /** Memory for the weights alone (activations, KV cache and runtime overhead come on top). */
  public long bytesFor(long parameters) {
    return (long) Math.ceil(parameters * bytes);
  }

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
