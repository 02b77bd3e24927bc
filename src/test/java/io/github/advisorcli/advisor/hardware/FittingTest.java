package io.github.advisorcli.advisor.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.advisorcli.advisor.catalog.Model;
import org.junit.jupiter.api.Test;

class FittingTest {
  private static final long GIB = 1L << 30;

  @Test
  void totalIsWeightsPlusCachePlusOverhead() {
    MemoryEstimate m =
        MemoryEstimate.of(Configs.llama31_8b(), WeightFormat.Q4_K_M, 8192, 1, KvPrecision.FP16);
    // 8.03e9 × 4.8944 / 8 = 4,912,754,000 (rounded up); overhead 20% of that.
    assertThat(m.weightsBytes()).isEqualTo(4_912_754_000L);
    assertThat(m.kvCacheBytes()).isEqualTo(GIB);
    assertThat(m.overheadBytes()).isEqualTo(982_550_800L);
    assertThat(m.totalBytes()).isEqualTo(4_912_754_000L + GIB + 982_550_800L);
  }

  @Test
  void mixtureOfExpertsKeepsEveryExpertResident() {
    MemoryEstimate m =
        MemoryEstimate.of(Configs.mixtral(), WeightFormat.Q4_K_M, 4096, 1, KvPrecision.FP16);
    // 46.7e9 × 4.8944 / 8 = 28,571,060,000: all experts, not the 12.9B active.
    assertThat(m.weightsBytes()).isEqualTo(28_571_060_000L);
    assertThat(m.notes()).extracting(Note::key).contains("moe_resident");
  }

  @Test
  void fitLevels() {
    Hardware gpu16 = Hardware.vram(16 * GIB);
    assertThat(FitLevel.of(16 * GIB, gpu16)).isEqualTo(FitLevel.FULL_GPU);
    assertThat(FitLevel.of(16 * GIB + 1, gpu16)).isEqualTo(FitLevel.DOES_NOT_FIT);
    assertThat(FitLevel.of(20 * GIB, gpu16.withRam(8 * GIB))).isEqualTo(FitLevel.PARTIAL_OFFLOAD);
    assertThat(FitLevel.of(25 * GIB, gpu16.withRam(8 * GIB))).isEqualTo(FitLevel.DOES_NOT_FIT);
    assertThat(FitLevel.of(20 * GIB, Hardware.ramOnly(32 * GIB))).isEqualTo(FitLevel.CPU_ONLY);
    assertThat(FitLevel.of(40 * GIB, Hardware.ramOnly(32 * GIB))).isEqualTo(FitLevel.DOES_NOT_FIT);
    // Apple's unified memory is the GPU's memory: nothing to offload to.
    Hardware m3 = GpuTable.parse("m3-max").withRam(64 * GIB);
    assertThat(FitLevel.of(40 * GIB, m3)).isEqualTo(FitLevel.DOES_NOT_FIT);
  }

  @Test
  void bestPrecisionIsTheHighestQualityThatFitsFully() {
    Model m = Configs.llama31_8b();
    // bf16: 16.06e9 + 1 GiB + 3.21e9 > 16 GiB; fp8: 8.03e9 + 1 GiB + 1.61e9 fits.
    assertThat(Fitting.bestPrecision(m, 8192, 1, KvPrecision.FP16, 16 * GIB))
        .isEqualTo(WeightFormat.FP8);
    // 8 GiB: q6_k needs 6.59e9 + 1.07e9 + 1.32e9 = 8.98e9 > 8.59e9; q5_k_m needs 7.95e9.
    assertThat(Fitting.bestPrecision(m, 8192, 1, KvPrecision.FP16, 8 * GIB))
        .isEqualTo(WeightFormat.Q5_K_M);
    assertThat(Fitting.bestPrecision(m, 8192, 1, KvPrecision.FP16, GIB)).isNull();
  }

  @Test
  void maxContextIsTheLargestThatFitsFully() {
    Model m = Configs.llama31_8b();
    // 24 GiB − (16.06e9 weights + 3.212e9 overhead) = 6,497,803,776 bytes for the cache,
    // at 131,072 bytes per token: 49,574 tokens.
    assertThat(Fitting.maxContext(m, WeightFormat.BF16, 1, KvPrecision.FP16, 24 * GIB))
        .isEqualTo(49_574L);
    // capped at the model's own maximum
    assertThat(Fitting.maxContext(m, WeightFormat.Q4_K_M, 1, KvPrecision.FP16, 80 * GIB))
        .isEqualTo(131_072L);
    // the weights alone do not fit
    assertThat(Fitting.maxContext(m, WeightFormat.BF16, 1, KvPrecision.FP16, 16 * GIB)).isNull();
  }

  @Test
  void decodeSpeedReadsActiveWeightsAndCache() {
    FitReport r =
        Fitting.analyze(
            Configs.mixtral(),
            4096L,
            1,
            WeightFormat.Q4_K_M,
            KvPrecision.FP16,
            GpuTable.parse("a100-80gb"));
    assertThat(r.fit()).isEqualTo(FitLevel.FULL_GPU);
    // 12.9e9 active × 4.8944 / 8 = 7,892,220,000 + 512 MiB cache = 8,429,090,912 bytes per token.
    assertThat(r.speed().bytesPerToken()).isEqualTo(8_429_090_912L);
    assertThat(r.speed().low()).isCloseTo(2039e9 * 0.5 / 8_429_090_912L, within(1e-9));
    assertThat(r.speed().high()).isCloseTo(2039e9 * 0.8 / 8_429_090_912L, within(1e-9));
  }

  @Test
  void noSpeedWithoutBandwidthOrWhenOffloading() {
    FitReport vram =
        Fitting.analyze(
            Configs.llama31_8b(),
            8192L,
            1,
            WeightFormat.Q4_K_M,
            KvPrecision.FP16,
            Hardware.vram(16 * GIB));
    assertThat(vram.fit()).isEqualTo(FitLevel.FULL_GPU);
    assertThat(vram.speed()).isNull();
    assertThat(vram.notes()).extracting(Note::key).contains("speed_no_bandwidth");
  }

  @Test
  void defaultContextIs4096OrTheModelsMaximum() {
    assertThat(Fitting.context(Configs.llama31_8b(), null)).isEqualTo(4096);
    assertThat(Fitting.context(Configs.model("tiny", 1L, null, 512L, null), null)).isEqualTo(512);
    assertThat(Fitting.context(Configs.llama31_8b(), 100_000L)).isEqualTo(100_000);
  }
}
