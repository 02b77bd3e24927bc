package io.github.advisorcli.advisor.license;

import com.fasterxml.jackson.annotation.JsonValue;

/** A coarse class of license terms, from most to least permissive. */
public enum LicenseCategory {
  PERMISSIVE("permissive"),
  WEAK_COPYLEFT("weak-copyleft"),
  COPYLEFT("copyleft"),
  USE_RESTRICTED("use-restricted"),
  COMMUNITY("community"),
  NON_COMMERCIAL("non-commercial"),
  PROPRIETARY("proprietary");

  private final String id;

  LicenseCategory(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  /** The category named {@code weak-copyleft}, {@code weak_copyleft}, ... (case-insensitive). */
  public static LicenseCategory parse(String name) {
    String n = name.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    for (LicenseCategory c : values()) {
      if (c.id.equals(n)) {
        return c;
      }
    }
    java.util.List<String> ids =
        java.util.Arrays.stream(values()).map(LicenseCategory::id).toList();
    throw new io.github.advisorcli.advisor.AdvisorException(
        "unknown license category '"
            + name
            + "'"
            + io.github.advisorcli.advisor.Suggest.suffix(n, ids)
            + " (categories: "
            + String.join(", ", ids)
            + ")");
  }

  @Override
  public String toString() {
    return id;
  }
}
