package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.hardware.FitReport;
import io.github.advisorcli.advisor.hardware.Hardware;
import io.github.advisorcli.advisor.hardware.MemoryEstimate;
import io.github.advisorcli.advisor.hardware.Note;
import io.github.advisorcli.advisor.hardware.Speed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The output of {@code advisor fit}; field names are a published contract. */
@JsonPropertyOrder({
  "schema",
  "model",
  "context",
  "batch",
  "precision",
  "kv_precision",
  "memory",
  "hardware",
  "fit",
  "max_context",
  "best_precision",
  "decode_tokens_per_second",
  "notes"
})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FitView(
    String schema,
    String model,
    long context,
    int batch,
    String precision,
    @JsonProperty("kv_precision") String kvPrecision,
    MemoryView memory,
    HardwareView hardware,
    String fit,
    @JsonProperty("max_context") Long maxContext,
    @JsonProperty("best_precision") String bestPrecision,
    @JsonProperty("decode_tokens_per_second") SpeedView decode,
    List<String> notes) {
  public static final String SCHEMA = "advisor.fit/v1";

  /** Memory at the context; also each result's {@code memory} in recommend and check. */
  @JsonPropertyOrder({"weights_bytes", "kv_cache_bytes", "overhead_bytes", "total_bytes"})
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record MemoryView(
      @JsonProperty("weights_bytes") Long weights,
      @JsonProperty("kv_cache_bytes") Long kvCache,
      @JsonProperty("overhead_bytes") Long overhead,
      @JsonProperty("total_bytes") Long total) {
    public static MemoryView of(MemoryEstimate m) {
      return new MemoryView(m.weightsBytes(), m.kvCacheBytes(), m.overheadBytes(), m.totalBytes());
    }
  }

  @JsonPropertyOrder({"name", "vram_bytes", "bandwidth_bytes_per_second", "source"})
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record HardwareView(
      String name,
      @JsonProperty("vram_bytes") long vram,
      @JsonProperty("bandwidth_bytes_per_second") Long bandwidth,
      String source) {
    static HardwareView of(Hardware h) {
      return h == null
          ? null
          : new HardwareView(h.name(), h.vramBytes(), h.bandwidthBytesPerSecond(), h.source());
    }
  }

  @JsonPropertyOrder({"low", "high", "basis"})
  public record SpeedView(double low, double high, String basis) {}

  public static FitView of(FitReport r, Labels l) {
    Speed s = r.speed();
    return new FitView(
        SCHEMA,
        r.model().id(),
        r.context(),
        r.batch(),
        r.precision().id(),
        r.kvPrecision().id(),
        MemoryView.of(r.memory()),
        HardwareView.of(r.hardware()),
        r.fit() == null ? null : r.fit().id(),
        r.maxContext(),
        r.bestPrecision() == null ? null : r.bestPrecision().id(),
        s == null ? null : new SpeedView(round(s.low()), round(s.high()), basis(r, l)),
        notes(r.notes(), l));
  }

  static double round(double v) {
    return new BigDecimal(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  static String basis(FitReport r, Labels l) {
    Speed s = r.speed();
    return l.get(
        "fit.speed.basis",
        FitText.bandwidth(s.bandwidth()),
        (int) (Speed.LOW_EFFICIENCY * 100),
        (int) (Speed.HIGH_EFFICIENCY * 100),
        Numbers.bytes(s.bytesPerToken()),
        r.precision().id());
  }

  static List<String> notes(List<Note> notes, Labels l) {
    return notes.stream().map(n -> l.get("fit.note." + n.key(), n.args().toArray())).toList();
  }
}
