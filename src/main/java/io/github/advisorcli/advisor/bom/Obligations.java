package io.github.advisorcli.advisor.bom;

import io.github.advisorcli.advisor.license.ClauseType;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseClause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the licenses of a manifest's models ask of the project that uses them, one group per
 * license: notices to display, naming rules, acceptable-use policies, user and revenue thresholds,
 * regions, share-alike. Facts only, each a message key with its arguments and the license's own
 * words where the registry quotes them; {@code render} writes the sentences.
 *
 * @param manifest the manifest as the user named it
 * @param tool advisor's version
 * @param groups one group per license, in the order the models first name them
 */
public record Obligations(String manifest, String tool, List<Group> groups) {
  /**
   * The models under one license and what it asks.
   *
   * @param license the registry entry
   * @param models the models under it, in manifest order
   * @param duties what it asks, in a fixed order: notices and naming first, then limits
   */
  public record Group(License license, List<BillOfMaterials.Item> models, List<Duty> duties) {}

  /**
   * One obligation.
   *
   * @param key the message key, under {@code notice.duty.} in the bundles
   * @param args the values the sentence names
   * @param clause the license's words, or null when the registry quotes none
   */
  public record Duty(String key, List<Object> args, String clause) {
    static Duty of(String key, String clause, Object... args) {
      return new Duty(key, List.of(args), clause);
    }
  }

  public static Obligations of(BillOfMaterials bill) {
    Map<String, License> licenses = new LinkedHashMap<>();
    Map<String, List<BillOfMaterials.Item>> models = new LinkedHashMap<>();
    for (BillOfMaterials.Item item : bill.models()) {
      for (License l : item.licenses()) {
        licenses.putIfAbsent(l.id(), l);
        List<BillOfMaterials.Item> under = models.computeIfAbsent(l.id(), k -> new ArrayList<>());
        if (!under.contains(item)) {
          under.add(item);
        }
      }
    }
    List<Group> groups = new ArrayList<>();
    licenses.forEach((id, l) -> groups.add(new Group(l, List.copyOf(models.get(id)), duties(l))));
    return new Obligations(bill.manifest(), bill.tool(), List.copyOf(groups));
  }

  /**
   * The duties of one license, from its clauses first and its summary flags where no clause says
   * more.
   */
  static List<Duty> duties(License l) {
    List<Duty> out = new ArrayList<>();
    List<LicenseClause> clauses = l.clauses();
    boolean attributionClause = false;
    boolean thresholdClause = false;
    for (LicenseClause c : clauses) {
      if (c.type() == ClauseType.ATTRIBUTION) {
        attributionClause = true;
        out.add(
            c.text() == null
                ? Duty.of("attribution_clause", c.clause())
                : Duty.of("attribution", c.clause(), c.text()));
      }
    }
    if (!attributionClause && Boolean.TRUE.equals(l.attribution())) {
      out.add(Duty.of("keep_notices", null));
    }
    for (LicenseClause c : clauses) {
      if (c.type() == ClauseType.NAMING) {
        out.add(
            c.prefix() == null
                ? Duty.of("naming_clause", c.clause())
                : Duty.of("naming", c.clause(), c.prefix()));
      }
    }
    if (Boolean.TRUE.equals(l.shareAlike())) {
      out.add(Duty.of("share_alike", null));
    }
    if (l.acceptableUsePolicy() != null) {
      String words =
          clauses.stream()
              .filter(c -> c.type() == ClauseType.USE_RESTRICTIONS)
              .map(LicenseClause::clause)
              .findFirst()
              .orElse(null);
      out.add(Duty.of("acceptable_use", words, l.acceptableUsePolicy()));
    }
    for (LicenseClause c : clauses) {
      switch (c.type()) {
        case USE_RESTRICTIONS -> {
          if (l.acceptableUsePolicy() == null) {
            out.add(Duty.of("use_restrictions", c.clause()));
          }
        }
        case PASS_ON -> out.add(Duty.of("pass_on", c.clause()));
        case OUTPUT_USE -> out.add(Duty.of("output_use", c.clause()));
        case REGISTRATION -> out.add(Duty.of("registration", c.clause()));
        case PROVIDER_EXCLUSION -> out.add(Duty.of("provider_exclusion", c.clause()));
        case TERRITORY ->
            out.add(Duty.of("territory", c.clause(), String.join(", ", c.excluded())));
        case USER_THRESHOLD -> {
          thresholdClause = true;
          out.add(
              Duty.of(
                  "daily_active_users".equals(c.metric())
                      ? "user_threshold_daily"
                      : "user_threshold",
                  c.clause(),
                  c.limit()));
        }
        case REVENUE_THRESHOLD ->
            out.add(
                Duty.of(
                    "attribution".equals(c.effect())
                        ? "revenue_threshold_attribution"
                        : "revenue_threshold",
                    c.clause(),
                    c.limitUsd(),
                    c.period() == null ? "" : c.period()));
        default -> {}
      }
    }
    if (!thresholdClause && l.userThreshold() != null) {
      out.add(Duty.of("user_threshold", null, l.userThreshold()));
    }
    if (clauses.stream().noneMatch(c -> c.type() == ClauseType.USE_RESTRICTIONS)
        && l.acceptableUsePolicy() == null
        && Boolean.TRUE.equals(l.useRestrictions())) {
      out.add(Duty.of("use_restrictions", null));
    }
    if (Boolean.FALSE.equals(l.commercialUse())) {
      out.add(Duty.of("non_commercial", null));
    }
    return List.copyOf(out);
  }
}
