package io.github.advisorcli.advisor.hub;

import io.github.advisorcli.advisor.catalog.Architecture;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a model's architecture only from what its Hub entry shows, first match wins:
 *
 * <ol>
 *   <li>pipeline tag {@code sentence-similarity} or {@code feature-extraction}: embedding (the
 *       model is published to produce embeddings, whatever its backbone);
 *   <li>{@code config.model_type} from a fixed table of well-known families;
 *   <li>a {@code config.architectures} class name ending in {@code ForCausalLM} or {@code
 *       LMHeadModel}: decoder; in {@code ForMaskedLM}: encoder;
 *   <li>pipeline tag {@code fill-mask} or {@code token-classification}: encoder; {@code
 *       text-generation}: decoder; {@code text2text-generation}, {@code translation} or {@code
 *       summarization}: encoder-decoder.
 * </ol>
 *
 * Anything else is no evidence, and the entry is skipped rather than guessed.
 */
public final class ArchitectureEvidence {
  /**
   * The architecture and the evidence it was read from.
   *
   * @param architecture the architecture
   * @param evidence what showed it, e.g. "model_type 'bert'"
   */
  public record Found(Architecture architecture, String evidence) {}

  private static final Set<String> EMBEDDING_TAGS =
      Set.of("sentence-similarity", "feature-extraction");

  private static final Map<String, Architecture> MODEL_TYPES =
      Map.ofEntries(
          Map.entry("bert", Architecture.ENCODER),
          Map.entry("roberta", Architecture.ENCODER),
          Map.entry("xlm-roberta", Architecture.ENCODER),
          Map.entry("distilbert", Architecture.ENCODER),
          Map.entry("albert", Architecture.ENCODER),
          Map.entry("electra", Architecture.ENCODER),
          Map.entry("deberta", Architecture.ENCODER),
          Map.entry("deberta-v2", Architecture.ENCODER),
          Map.entry("camembert", Architecture.ENCODER),
          Map.entry("mpnet", Architecture.ENCODER),
          Map.entry("modernbert", Architecture.ENCODER),
          Map.entry("t5", Architecture.ENCODER_DECODER),
          Map.entry("mt5", Architecture.ENCODER_DECODER),
          Map.entry("umt5", Architecture.ENCODER_DECODER),
          Map.entry("longt5", Architecture.ENCODER_DECODER),
          Map.entry("bart", Architecture.ENCODER_DECODER),
          Map.entry("mbart", Architecture.ENCODER_DECODER),
          Map.entry("marian", Architecture.ENCODER_DECODER),
          Map.entry("pegasus", Architecture.ENCODER_DECODER),
          Map.entry("m2m_100", Architecture.ENCODER_DECODER),
          Map.entry("led", Architecture.ENCODER_DECODER),
          Map.entry("gpt2", Architecture.DECODER),
          Map.entry("gpt_neo", Architecture.DECODER),
          Map.entry("gptj", Architecture.DECODER),
          Map.entry("gpt_neox", Architecture.DECODER),
          Map.entry("llama", Architecture.DECODER),
          Map.entry("mistral", Architecture.DECODER),
          Map.entry("mixtral", Architecture.DECODER),
          Map.entry("qwen2", Architecture.DECODER),
          Map.entry("qwen3", Architecture.DECODER),
          Map.entry("qwen3_moe", Architecture.DECODER),
          Map.entry("gemma", Architecture.DECODER),
          Map.entry("gemma2", Architecture.DECODER),
          Map.entry("phi", Architecture.DECODER),
          Map.entry("phi3", Architecture.DECODER),
          Map.entry("falcon", Architecture.DECODER),
          Map.entry("bloom", Architecture.DECODER),
          Map.entry("opt", Architecture.DECODER));

  private static final Map<String, Architecture> PIPELINE_TAGS =
      Map.of(
          "fill-mask", Architecture.ENCODER,
          "token-classification", Architecture.ENCODER,
          "text-generation", Architecture.DECODER,
          "text2text-generation", Architecture.ENCODER_DECODER,
          "translation", Architecture.ENCODER_DECODER,
          "summarization", Architecture.ENCODER_DECODER);

  private ArchitectureEvidence() {}

  public static Optional<Found> of(HubEntry e) {
    String tag = e.pipelineTag();
    if (tag != null && EMBEDDING_TAGS.contains(tag)) {
      return found(Architecture.EMBEDDING, "pipeline tag '" + tag + "'");
    }
    if (e.modelType() != null) {
      Architecture a = MODEL_TYPES.get(e.modelType().toLowerCase(Locale.ROOT));
      if (a != null) {
        return found(a, "model_type '" + e.modelType() + "'");
      }
    }
    for (String cls : e.architectures()) {
      if (cls.endsWith("ForCausalLM") || cls.endsWith("LMHeadModel")) {
        return found(Architecture.DECODER, "architecture " + cls);
      }
      if (cls.endsWith("ForMaskedLM")) {
        return found(Architecture.ENCODER, "architecture " + cls);
      }
    }
    if (tag != null && PIPELINE_TAGS.containsKey(tag)) {
      return found(PIPELINE_TAGS.get(tag), "pipeline tag '" + tag + "'");
    }
    return Optional.empty();
  }

  private static Optional<Found> found(Architecture a, String evidence) {
    return Optional.of(new Found(a, evidence));
  }
}
