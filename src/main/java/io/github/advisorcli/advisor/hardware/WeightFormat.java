package io.github.advisorcli.advisor.hardware;

import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.UnknownNameException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A precision weights are stored at, with its bits per weight and where that figure comes from.
 * Listed from the highest quality to the lowest; {@link #FP32} and the generic {@link #INT4} stand
 * apart (see {@link #qualityOrder()}).
 */
public enum WeightFormat {
  FP32("fp32", 32.0, Sources.IEEE),
  BF16("bf16", 16.0, Sources.IEEE),
  FP16("fp16", 16.0, Sources.IEEE),
  FP8("fp8", 8.0, Sources.FP8),
  INT8("int8", 8.0, Sources.PLAIN),
  Q8_0("q8_0", 8.5008, Sources.LLAMA_CPP),
  Q6_K("q6_k", 6.5633, Sources.LLAMA_CPP),
  Q5_K_M("q5_k_m", 5.7036, Sources.LLAMA_CPP),
  Q4_K_M("q4_k_m", 4.8944, Sources.LLAMA_CPP),
  IQ4_XS("iq4_xs", 4.4597, Sources.LLAMA_CPP),
  MXFP4("mxfp4", 4.25, Sources.MX),
  AWQ_INT4("awq-int4", 4.15625, Sources.AWQ),
  GPTQ_INT4("gptq-int4", 4.15625, Sources.GPTQ),
  INT4("int4", 4.0, Sources.PLAIN),
  Q3_K_L("q3_k_l", 4.2979, Sources.LLAMA_CPP),
  Q3_K_M("q3_k_m", 3.91, Sources.LLAMA_CPP_LLAMA2),
  Q3_K_S("q3_k_s", 3.6429, Sources.LLAMA_CPP),
  Q2_K("q2_k", 3.1593, Sources.LLAMA_CPP);

  private final String id;
  private final double bits;
  private final String source;

  WeightFormat(String id, double bits, String source) {
    this.id = id;
    this.bits = bits;
    this.source = source;
  }

  public String id() {
    return id;
  }

  /** Bits per weight, averaged over the whole model where the format mixes block types. */
  public double bitsPerWeight() {
    return bits;
  }

  /** Where {@link #bitsPerWeight()} comes from. */
  public String source() {
    return source;
  }

  /** Bytes for {@code parameters} weights at this precision, rounded up. */
  public long bytesFor(long parameters) {
    return java.math.BigDecimal.valueOf(parameters)
        .multiply(java.math.BigDecimal.valueOf(bits))
        .divide(java.math.BigDecimal.valueOf(8))
        .setScale(0, java.math.RoundingMode.CEILING)
        .longValueExact();
  }

  /**
   * The formats {@code best_precision} tries, best first: 16-bit (the precision checkpoints are
   * released at), then fewer bits per weight. fp32 is left out (no better than bf16 for inference,
   * twice the memory), and the generic int4 too (the named 4-bit formats say what is stored).
   */
  public static List<WeightFormat> qualityOrder() {
    return List.of(
        BF16, FP8, Q8_0, Q6_K, Q5_K_M, Q4_K_M, IQ4_XS, MXFP4, AWQ_INT4, Q3_K_L, Q3_K_M, Q3_K_S,
        Q2_K);
  }

  public static WeightFormat parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (WeightFormat f : values()) {
      if (f.id.replace('_', '-').equals(t)) {
        return f;
      }
    }
    List<String> ids = Arrays.stream(values()).map(WeightFormat::id).toList();
    throw new UnknownNameException("precision", text, Suggest.nearest(text, ids));
  }

  @Override
  public String toString() {
    return id;
  }

  /** The published figures behind the table; docs/hardware.md shows the arithmetic. */
  static final class Sources {
    static final String IEEE = "https://en.wikipedia.org/wiki/Bfloat16_floating-point_format";
    static final String FP8 = "https://arxiv.org/abs/2209.05433";
    static final String PLAIN = "https://arxiv.org/abs/2208.07339";
    static final String LLAMA_CPP =
        "https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md";

    /**
     * The Llama 2 7B table of the earlier examples/quantize/README.md (the file's history); the
     * current table, measured on Llama-3.1-8B, has no Q3_K_M row.
     */
    static final String LLAMA_CPP_LLAMA2 =
        "https://github.com/ggml-org/llama.cpp/commits/master/examples/quantize/README.md";

    static final String MX =
        "https://www.opencompute.org/documents/ocp-microscaling-formats-mx-v1-0-spec-final-pdf";
    static final String AWQ = "https://arxiv.org/abs/2306.00978";
    static final String GPTQ = "https://arxiv.org/abs/2210.17323";

    private Sources() {}
  }
}
