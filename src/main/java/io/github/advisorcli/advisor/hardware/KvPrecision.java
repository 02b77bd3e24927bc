package io.github.advisorcli.advisor.hardware;

import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.UnknownNameException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The precision of the key-value cache. q8_0 and q4_0 are llama.cpp's cache types: blocks of 32
 * values with one fp16 scale (34 and 18 bytes per block, ggml's {@code block_q8_0} and {@code
 * block_q4_0}).
 */
public enum KvPrecision {
  FP16("fp16", 2.0),
  Q8_0("q8_0", 34.0 / 32),
  Q4_0("q4_0", 18.0 / 32);

  public static final String SOURCE =
      "https://github.com/ggml-org/llama.cpp/blob/master/ggml/src/ggml-common.h";

  private final String id;
  private final double bytes;

  KvPrecision(String id, double bytes) {
    this.id = id;
    this.bytes = bytes;
  }

  public String id() {
    return id;
  }

  /** Bytes per cached value. */
  public double bytes() {
    return bytes;
  }

  public static KvPrecision parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (KvPrecision p : values()) {
      if (p.id.equals(t)) {
        return p;
      }
    }
    throw new UnknownNameException(
        "precision",
        text,
        Suggest.nearest(text, Arrays.stream(values()).map(KvPrecision::id).toList()));
  }

  @Override
  public String toString() {
    return id;
  }
}
