package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The architecture facts of a checkpoint, as its {@code config.json} states them.
 *
 * @param layers hidden layers ({@code num_hidden_layers})
 * @param hiddenSize the model width
 * @param attentionHeads query heads
 * @param kvHeads key-value heads; equal to {@code attentionHeads} without grouped-query attention
 * @param headDim the size of one attention head
 * @param attention the attention pattern
 * @param slidingWindow the window of sliding-window layers, in tokens
 * @param slidingLayers how many layers use the sliding window, for a mixed pattern
 * @param kvLoraRank the latent size of multi-head latent attention
 * @param qkRopeHeadDim the rotary key size kept beside the latent in multi-head latent attention
 * @param linearLayers layers with a constant-size state (linear attention, state-space)
 * @param experts routed experts of a mixture-of-experts model
 * @param expertsPerToken experts active per token
 * @param vocabSize the vocabulary size
 * @param source the config file's URL
 * @param asOf when it was read
 */
public record ArchitectureConfig(
    @JsonDeserialize(using = Checks.PositiveLong.class) Long layers,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long hiddenSize,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long attentionHeads,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long kvHeads,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long headDim,
    AttentionKind attention,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long slidingWindow,
    @JsonDeserialize(using = Checks.NonNegativeLong.class) Long slidingLayers,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long kvLoraRank,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long qkRopeHeadDim,
    @JsonDeserialize(using = Checks.NonNegativeLong.class) Long linearLayers,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long experts,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long expertsPerToken,
    @JsonDeserialize(using = Checks.PositiveLong.class) Long vocabSize,
    @JsonDeserialize(using = Checks.Url.class) String source,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {}
