package io.github.advisorcli.advisor.catalog;

import java.util.Map;

/**
 * A named set of criterion weights.
 *
 * @param id the profile's name
 * @param description what it is for, in English
 * @param descriptionZh what it is for, in Chinese
 * @param weights weight per criterion key
 */
public record Profile(
    String id, String description, String descriptionZh, Map<String, Double> weights) {
  public Profile {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
  }
}
