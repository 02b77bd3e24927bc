package io.github.advisorcli.advisor.score;

/**
 * One sub-fact of a criterion.
 *
 * @param name its name, as the missing list names it ({@code docs.model_card})
 * @param value the value it counts with, in [0, 1]
 * @param weight its weight inside the criterion
 * @param recorded whether the catalog records it; when not, {@code value} was imputed
 * @param fact what it says, or null for a missing sub-fact
 */
public record Part(String name, double value, double weight, boolean recorded, Fact fact) {}
