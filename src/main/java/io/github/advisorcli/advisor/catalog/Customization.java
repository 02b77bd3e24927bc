package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/** What a team can change about a model: fine-tuning routes, openness of code and data. */
public record Customization(
    List<String> fineTuning,
    Boolean trainingCodeOpen,
    Boolean trainingDataOpen,
    Boolean quantizedVariants,
    @JsonDeserialize(using = Checks.Url.class) String source,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {}
