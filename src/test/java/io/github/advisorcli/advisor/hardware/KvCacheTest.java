package io.github.advisorcli.advisor.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Model;
import org.junit.jupiter.api.Test;

/** The cache formula against sizes worked out by hand from each model's config.json. */
class KvCacheTest {
  private static long kv(Model m, long context) {
    return KvCache.of(m, context, 1, KvPrecision.FP16).bytes();
  }

  @Test
  void groupedQueryAttentionCountsOnlyTheKvHeads() {
    // 2 × 8 heads × 128 × 2 bytes × 32 layers = 131,072 bytes per token; × 8192 = 1 GiB.
    assertThat(kv(Configs.llama31_8b(), 8192)).isEqualTo(1L << 30);
  }

  @Test
  void withoutGroupedQueryAttentionEveryHeadIsCached() {
    // 2 × 32 × 128 × 2 × 32 = 524,288 bytes per token; × 4096 = 2 GiB.
    assertThat(kv(Configs.llama2_7b(), 4096)).isEqualTo(2L << 30);
  }

  @Test
  void slidingWindowLayersHoldAtMostTheirWindow() {
    // 131,072 bytes per token, but never more than 4096 tokens: 512 MiB at 8192 and at 32768.
    assertThat(kv(Configs.mistral7b(), 8192)).isEqualTo(512L << 20);
    assertThat(kv(Configs.mistral7b(), 32_768)).isEqualTo(512L << 20);
    // below the window the whole context: 2048 × 131,072 = 256 MiB.
    assertThat(kv(Configs.mistral7b(), 2048)).isEqualTo(256L << 20);
  }

  @Test
  void mixedPatternsCountWindowAndFullLayersApart() {
    // 2 × 4 × 256 × 2 = 4096 bytes per token per layer;
    // 13 full layers × 8192 + 13 window layers × 4096 = 159,744 token-layers → 654,311,424.
    assertThat(kv(Configs.gemma2_2b(), 8192)).isEqualTo(654_311_424L);
  }

  @Test
  void mlaCachesTheLatentOnce() {
    // (512 + 64) × 2 bytes × 61 layers = 70,272 bytes per token; × 4096 = 287,834,112.
    assertThat(kv(Configs.deepseekV3(), 4096)).isEqualTo(287_834_112L);
    assertThat(KvCache.of(Configs.deepseekV3(), 4096, 1, KvPrecision.FP16).notes())
        .extracting(Note::key)
        .contains("kv_mla");
  }

  @Test
  void mixtureOfExpertsCacheDependsOnAttentionNotExperts() {
    // Mixtral's attention is Mistral's without the window: 131,072 × 4096 = 512 MiB.
    assertThat(kv(Configs.mixtral(), 4096)).isEqualTo(512L << 20);
  }

  @Test
  void hybridModelsGrowOnlyInTheirAttentionLayers() {
    // 12 attention layers × 2 × 2 × 256 × 2 bytes = 24,576 bytes per token; × 8192.
    KvCache.Size s = KvCache.of(Configs.hybrid(), 8192, 1, KvPrecision.FP16);
    assertThat(s.bytes()).isEqualTo(24_576L * 8192);
    assertThat(s.notes()).extracting(Note::key).contains("kv_linear_state");
  }

  @Test
  void cappedAtTheModelsContextAndMultipliedByTheBatch() {
    KvCache.Size s = KvCache.of(Configs.llama2_7b(), 16_384, 4, KvPrecision.FP16);
    assertThat(s.tokens()).isEqualTo(4096);
    assertThat(s.bytes()).isEqualTo(4 * (2L << 30));
    assertThat(s.notes()).extracting(Note::key).contains("context_capped");
  }

  @Test
  void quantizedCacheUsesLlamaCppBlockSizes() {
    // q8_0: 34 bytes per 32 values. 65,536 values per token × 34/32 = 69,632 bytes; × 8192.
    assertThat(KvCache.of(Configs.llama31_8b(), 8192, 1, KvPrecision.Q8_0).bytes())
        .isEqualTo(570_425_344L);
    // q4_0: 18 bytes per 32 values: 36,864 bytes per token.
    assertThat(KvCache.of(Configs.llama31_8b(), 8192, 1, KvPrecision.Q4_0).bytes())
        .isEqualTo(36_864L * 8192);
  }

  @Test
  void withoutTheFactsTheCacheIsUnknownNeverGuessed() {
    Model bare = Configs.model("bare", 7_000_000_000L, null, 4096L, null);
    KvCache.Size s = KvCache.of(bare, 4096, 1, KvPrecision.FP16);
    assertThat(s.bytes()).isNull();
    assertThat(s.notes()).extracting(Note::key).containsExactly("kv_unknown");
    // layers known but no KV heads: still unknown, not filled in from the attention heads
    Model partial =
        Configs.model(
            "partial",
            7_000_000_000L,
            null,
            4096L,
            Configs.config(
                32, 32L, null, 128L, null, null, null, null, null, null, "https://example.org"));
    assertThat(KvCache.of(partial, 4096, 1, KvPrecision.FP16).bytes()).isNull();
    MemoryEstimate m = MemoryEstimate.of(bare, WeightFormat.BF16, 4096, 1, KvPrecision.FP16);
    assertThat(m.weightsBytes()).isEqualTo(14_000_000_000L);
    assertThat(m.totalBytes()).isNull();
  }
}
