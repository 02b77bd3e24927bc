package io.github.advisorcli.advisor.hardware;

import io.github.advisorcli.advisor.ByteCount;
import io.github.advisorcli.advisor.Reason;
import io.github.advisorcli.advisor.TokenCount;
import io.github.advisorcli.advisor.catalog.Model;
import java.util.Optional;

/**
 * Keeps the models that fit the hardware fully at the context (or, when asked, with layers
 * offloaded to system memory): the rule recommend's --gpu/--vram and check's policy.hardware ask.
 *
 * @param hardware the hardware, or null to measure memory without a limit
 * @param context the context, or null for each model's default ({@link Fitting#context})
 * @param batch sequences decoded together
 * @param precision the weights' precision
 * @param kv the cache's precision
 * @param allowOffload keep models that fit only with system memory's help
 */
public record HardwareFilter(
    Hardware hardware,
    Long context,
    int batch,
    WeightFormat precision,
    KvPrecision kv,
    boolean allowOffload) {

  public MemoryEstimate memory(Model m) {
    return MemoryEstimate.of(m, precision, Fitting.context(m, context), batch, kv);
  }

  /** How the model fits, or null without hardware or with an unknown total. */
  public FitLevel fit(Model m) {
    Long total = memory(m).totalBytes();
    return hardware == null || total == null ? null : FitLevel.of(total, hardware);
  }

  /** Why the model does not fit, or empty when it does (or no hardware was given). */
  public Optional<Reason> violation(Model m) {
    if (hardware == null) {
      return Optional.empty();
    }
    TokenCount tokens = new TokenCount(Fitting.context(m, context));
    MemoryEstimate e = memory(m);
    if (e.totalBytes() == null) {
      return Optional.of(
          Reason.of(
              e.weightsBytes() == null
                  ? "hardware.memory_unknown.parameters"
                  : "hardware.memory_unknown.architecture",
              tokens));
    }
    FitLevel level = FitLevel.of(e.totalBytes(), hardware);
    boolean fits =
        level == FitLevel.FULL_GPU
            || (level == FitLevel.CPU_ONLY)
            || (level == FitLevel.PARTIAL_OFFLOAD && allowOffload);
    if (fits) {
      return Optional.empty();
    }
    long room =
        level == FitLevel.PARTIAL_OFFLOAD || hardware.ramBytes() == null || hardware.hasGpu()
            ? hardware.vramBytes()
            : hardware.ramBytes();
    return Optional.of(
        Reason.of(
            level == FitLevel.PARTIAL_OFFLOAD ? "hardware.exceed_offload" : "hardware.exceed",
            new ByteCount(e.totalBytes()),
            precision.toString(),
            tokens,
            new ByteCount(room)));
  }
}
