package io.github.advisorcli.advisor.license;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a license grants commercial use. The order matters: an {@code OR} of licenses grants the
 * best of its alternatives, an {@code AND} the worst of its parts.
 */
public enum CommercialUse {
  /** The text forbids it. */
  NO("no"),
  /** The text does not say (the registry has no value): never treated as granted. */
  UNKNOWN("unknown"),
  /** Granted, subject to conditions (thresholds, territories, duties) that may exclude a user. */
  CONDITIONAL("conditional"),
  /** Granted without conditions beyond notices. */
  YES("yes");

  private final String id;

  CommercialUse(String id) {
    this.id = id;
  }

  /** Whether commercial use is granted at all, possibly with conditions. */
  public boolean granted() {
    return this == YES || this == CONDITIONAL;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  /** What one license says: {@code commercial_use} false, missing, true with clauses, or true. */
  public static CommercialUse of(License l) {
    if (l.commercialUse() == null) {
      return UNKNOWN;
    }
    if (!l.commercialUse()) {
      return NO;
    }
    return l.clauses().isEmpty() && l.userThreshold() == null ? YES : CONDITIONAL;
  }
}
