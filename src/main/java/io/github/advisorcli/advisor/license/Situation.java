package io.github.advisorcli.advisor.license;

import java.util.Locale;
import java.util.Set;

/**
 * The facts about a user that license conditions depend on. Any field may be null (not stated); a
 * condition that depends on a fact not stated is undecided, never assumed met.
 *
 * @param region where the user is established: an ISO 3166-1 alpha-2 code, or {@code EU}
 * @param monthlyActiveUsers the monthly active users of the user's products or services
 * @param annualRevenueUsd the user's annual revenue in US dollars
 * @param trainOnOutputs whether the user will use the model's outputs to train or improve other
 *     models
 */
public record Situation(
    String region, Long monthlyActiveUsers, Long annualRevenueUsd, boolean trainOnOutputs) {
  /** Nothing stated. */
  public static final Situation UNSTATED = new Situation(null, null, null, false);

  /** The member states of the European Union (ISO 3166-1 alpha-2; Greece is GR). */
  static final Set<String> EU_MEMBERS =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  public Situation {
    region = region == null || region.isBlank() ? null : region.trim().toUpperCase(Locale.ROOT);
  }

  /**
   * A region code as the user wrote it, checked: two letters (ISO 3166-1 alpha-2) or {@code EU}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static String region(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (!c.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "a region is a two-letter ISO 3166-1 code such as DE or US, or EU; not '" + code + "'");
    }
    return c;
  }

  /** Whether the stated region lies in a territory code ({@code EU} covers its member states). */
  public boolean in(String territory) {
    if (region == null) {
      return false;
    }
    String t = territory.toUpperCase(Locale.ROOT);
    return region.equals(t) || (t.equals("EU") && EU_MEMBERS.contains(region));
  }

  public Situation withRegion(String r) {
    return new Situation(r, monthlyActiveUsers, annualRevenueUsd, trainOnOutputs);
  }
}
