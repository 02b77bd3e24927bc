package io.github.advisorcli.advisor.check;

import com.fasterxml.jackson.annotation.JsonValue;

/** A policy rule a model can break. */
public enum Rule {
  LICENSE("license"),
  OPEN_WEIGHTS("open_weights"),
  MAX_PARAMETERS("max_parameters"),
  MIN_SCORE("min_score"),
  DRIFT("drift"),
  /** The model does not fit the policy's hardware at its context ({@code policy.hardware}). */
  FITS("fits");

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  /** The rule with this id ('-' and '_' alike), or null. */
  public static Rule parse(String id) {
    String n = id.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    for (Rule r : values()) {
      if (r.id.equals(n)) {
        return r;
      }
    }
    return null;
  }
}
