package io.github.advisorcli.advisor.hardware;

import io.github.advisorcli.advisor.catalog.ArchitectureConfig;
import io.github.advisorcli.advisor.catalog.AttentionKind;
import io.github.advisorcli.advisor.catalog.Model;

/**
 * Fixture models with the architecture facts of real checkpoints, each copied from the config.json
 * its source names (the catalog's config blocks carry the same values).
 */
final class Configs {
  private Configs() {}

  static ArchitectureConfig config(
      long layers,
      Long heads,
      Long kvHeads,
      Long headDim,
      AttentionKind kind,
      Long window,
      Long slidingLayers,
      Long kvLoraRank,
      Long qkRope,
      Long linearLayers,
      String source) {
    return new ArchitectureConfig(
        layers,
        null,
        heads,
        kvHeads,
        headDim,
        kind,
        window,
        slidingLayers,
        kvLoraRank,
        qkRope,
        linearLayers,
        null,
        null,
        null,
        source,
        "2026-12-01");
  }

  static Model model(String id, Long params, Long active, Long context, ArchitectureConfig c) {
    return Model.builder()
        .id(id)
        .name(id)
        .parameters(params)
        .activeParameters(active)
        .contextLength(context)
        .config(c)
        .build();
  }

  /** Llama 3.1 8B: 32 layers, 32 heads, 8 KV heads (GQA), head_dim 128, 131072 context. */
  static Model llama31_8b() {
    return model(
        "llama-3.1-8b",
        8_030_000_000L,
        null,
        131_072L,
        config(
            32,
            32L,
            8L,
            128L,
            AttentionKind.FULL,
            null,
            null,
            null,
            null,
            null,
            "https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json"));
  }

  /** Llama 2 7B: 32 layers, 32 heads, 32 KV heads (no GQA), head_dim 128, 4096 context. */
  static Model llama2_7b() {
    return model(
        "llama-2-7b",
        6_740_000_000L,
        null,
        4096L,
        config(
            32,
            32L,
            32L,
            128L,
            AttentionKind.FULL,
            null,
            null,
            null,
            null,
            null,
            "https://huggingface.co/meta-llama/Llama-2-7b-hf/blob/main/config.json"));
  }

  /** Mistral 7B v0.1: 32 layers, 8 KV heads, head_dim 128, every layer a 4096-token window. */
  static Model mistral7b() {
    return model(
        "mistral-7b-v0.1",
        7_240_000_000L,
        null,
        32_768L,
        config(
            32,
            32L,
            8L,
            128L,
            AttentionKind.SLIDING,
            4096L,
            null,
            null,
            null,
            null,
            "https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json"));
  }

  /** Gemma 2 2B: 26 layers, 4 KV heads, head_dim 256, 13 layers with a 4096-token window. */
  static Model gemma2_2b() {
    return model(
        "gemma-2-2b-it",
        2_610_000_000L,
        null,
        8192L,
        config(
            26,
            8L,
            4L,
            256L,
            AttentionKind.MIXED,
            4096L,
            13L,
            null,
            null,
            null,
            "https://huggingface.co/google/gemma-2-2b-it/blob/main/config.json"));
  }

  /** DeepSeek-V3: 61 layers, MLA with kv_lora_rank 512 and qk_rope_head_dim 64. */
  static Model deepseekV3() {
    return model(
        "deepseek-v3",
        671_000_000_000L,
        37_000_000_000L,
        163_840L,
        config(
            61,
            128L,
            128L,
            null,
            AttentionKind.MLA,
            null,
            null,
            512L,
            64L,
            null,
            "https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/config.json"));
  }

  /** Mixtral 8x7B: 32 layers, 8 KV heads, head_dim 128; 46.7B total, 12.9B active. */
  static Model mixtral() {
    return model(
        "mixtral-8x7b",
        46_700_000_000L,
        12_900_000_000L,
        32_768L,
        config(
            32,
            32L,
            8L,
            128L,
            AttentionKind.FULL,
            null,
            null,
            null,
            null,
            null,
            "https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json"));
  }

  /** A made-up hybrid: 48 layers of which 36 keep a constant state; 12 attention layers grow. */
  static Model hybrid() {
    return model(
        "hybrid-fixture",
        1_000_000_000L,
        null,
        65_536L,
        config(
            48,
            16L,
            2L,
            256L,
            AttentionKind.HYBRID,
            null,
            null,
            null,
            null,
            36L,
            "https://example.org/config.json"));
  }
}
