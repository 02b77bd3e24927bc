package io.github.advisorcli.advisor.license;

/** How well one license's terms suit a use, on a 0–1 scale: the license criterion's value. */
public final class LicenseTerms {
  private LicenseTerms() {}

  /**
   * The category's base value, less for extra conditions; 0 for a use the license does not grant
   * (commercial or internal use under a license that forbids it or does not say).
   */
  public static double value(License l, Use use) {
    boolean commercial = use != Use.RESEARCH;
    if (commercial && !CommercialUse.of(l).granted()) {
      return 0;
    }
    LicenseCategory category = l.category();
    double base =
        switch (category) {
          case PERMISSIVE -> 1.0;
          case WEAK_COPYLEFT -> use == Use.COMMERCIAL ? 0.85 : 0.95;
          case COPYLEFT -> use == Use.COMMERCIAL ? 0.6 : 0.9;
          case USE_RESTRICTED -> use == Use.COMMERCIAL ? 0.7 : use == Use.RESEARCH ? 0.85 : 0.8;
          case COMMUNITY -> use == Use.COMMERCIAL ? 0.6 : use == Use.RESEARCH ? 0.85 : 0.75;
          case NON_COMMERCIAL -> use == Use.RESEARCH ? 0.8 : 0.0;
          case PROPRIETARY -> 0.2;
        };
    if (commercial
        && Boolean.TRUE.equals(l.useRestrictions())
        && category != LicenseCategory.USE_RESTRICTED) {
      base -= 0.1;
    }
    if (use == Use.COMMERCIAL && CommercialUse.of(l) == CommercialUse.CONDITIONAL) {
      base -= 0.1;
    }
    return Math.max(0, Math.min(1, base));
  }
}
