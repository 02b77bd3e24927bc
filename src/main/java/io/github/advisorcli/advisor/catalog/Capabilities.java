package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * What a checkpoint can do beyond plain text, as its card states; null where the card does not say.
 *
 * @param toolCalling it calls tools (functions) in a documented format
 * @param imageInput it reads images
 * @param reasoningMode it has a reasoning (thinking) mode
 * @param source the card that states them
 * @param asOf when it was read
 */
public record Capabilities(
    Boolean toolCalling,
    Boolean imageInput,
    Boolean reasoningMode,
    @JsonDeserialize(using = Checks.Url.class) String source,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {}
