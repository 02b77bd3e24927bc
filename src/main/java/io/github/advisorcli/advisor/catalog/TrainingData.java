package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A named data set a checkpoint was trained on whose own terms matter for its use.
 *
 * @param name the data set
 * @param license its license id from the registry, or null when its terms are not in the registry
 * @param source where its terms are stated
 */
public record TrainingData(
    String name,
    @JsonDeserialize(using = Checks.LicenseExpression.class) String license,
    @JsonDeserialize(using = Checks.Url.class) String source) {}
