package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.license.CommercialUse;
import io.github.advisorcli.advisor.license.Conditions;
import io.github.advisorcli.advisor.license.License;
import io.github.advisorcli.advisor.license.LicenseClause;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The output of {@code advisor licenses}; field names are a published contract. */
@JsonPropertyOrder({"schema", "licenses"})
public record LicensesView(String schema, List<LicenseView> licenses) {
  public static final String SCHEMA = "advisor.licenses/v1";

  /** One license with the models that use it. */
  @JsonPropertyOrder({
    "id",
    "name",
    "category",
    "commercial_use",
    "attribution",
    "share_alike",
    "use_restrictions",
    "user_threshold",
    "conditions",
    "url",
    "spdx",
    "aliases",
    "source",
    "as_of",
    "models",
    "commercial_terms",
    "acceptable_use_policy",
    "clauses"
  })
  public record LicenseView(
      String id,
      String name,
      String category,
      @JsonProperty("commercial_use") boolean commercialUse,
      boolean attribution,
      @JsonProperty("share_alike") boolean shareAlike,
      @JsonProperty("use_restrictions") boolean useRestrictions,
      @JsonProperty("user_threshold") Long userThreshold,
      String conditions,
      String url,
      boolean spdx,
      List<String> aliases,
      String source,
      @JsonProperty("as_of") String asOf,
      List<String> models,
      @JsonProperty("commercial_terms") String commercialTerms,
      @JsonProperty("acceptable_use_policy") String acceptableUsePolicy,
      List<ClauseView> clauses) {}

  /**
   * One condition of a license: its kind, figures, what it requires in one line and the license's
   * own words.
   */
  @JsonPropertyOrder({
    "type",
    "metric",
    "limit",
    "limit_usd",
    "period",
    "effect",
    "excluded",
    "scope",
    "text",
    "prefix",
    "summary",
    "clause"
  })
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public record ClauseView(
      String type,
      String metric,
      Long limit,
      @JsonProperty("limit_usd") Long limitUsd,
      String period,
      String effect,
      List<String> excluded,
      String scope,
      String text,
      String prefix,
      String summary,
      String clause) {
    static ClauseView of(License l, LicenseClause c) {
      return new ClauseView(
          c.type().id(),
          c.metric(),
          c.limit(),
          c.limitUsd(),
          c.period(),
          c.effect(),
          c.excluded(),
          c.scope(),
          c.text(),
          c.prefix(),
          Conditions.describe(l, c),
          c.clause());
    }
  }

  public static LicensesView of(Collection<License> licenses, Catalog catalog) {
    List<LicenseView> views = new ArrayList<>();
    for (License l : licenses) {
      List<String> models = new ArrayList<>();
      for (Model m : catalog.models()) {
        if (catalog.licenses().licensesIn(m.license()).contains(l)) {
          models.add(m.id());
        }
      }
      views.add(
          new LicenseView(
              l.id(),
              l.name(),
              l.category().id(),
              Boolean.TRUE.equals(l.commercialUse()),
              Boolean.TRUE.equals(l.attribution()),
              Boolean.TRUE.equals(l.shareAlike()),
              Boolean.TRUE.equals(l.useRestrictions()),
              l.userThreshold(),
              l.conditions(),
              l.url(),
              Boolean.TRUE.equals(l.spdx()),
              l.aliases(),
              l.source(),
              l.asOf(),
              models,
              CommercialUse.of(l).id(),
              l.acceptableUsePolicy(),
              Conditions.clauses(l).stream().map(c -> ClauseView.of(l, c)).toList()));
    }
    return new LicensesView(SCHEMA, views);
  }

  public TableSpec<LicenseView> table(Labels l) {
    return new TableSpec<>(
        List.of(
            Column.<LicenseView>id(l.get("col.license"), LicenseView::id),
            Column.<LicenseView>text(l.get("col.category"), LicenseView::category, 8, 16)
                .styled(
                    v ->
                        v.commercialUse() && v.category().equals("permissive")
                            ? Style.LICENSE_PERMISSIVE
                            : v.commercialUse() ? null : Style.LICENSE_RESTRICTIVE),
            Column.<LicenseView>text(l.get("col.commercial"), v -> terms(l, v), 3, 12)
                .uncut()
                .droppable(4),
            Column.<LicenseView>text(
                    l.get("col.attribution"), v -> yesNo(l, v.attribution()), 3, 10)
                .uncut()
                .droppable(2),
            Column.<LicenseView>text(l.get("col.share_alike"), v -> yesNo(l, v.shareAlike()), 3, 10)
                .uncut()
                .droppable(2),
            Column.<LicenseView>text(
                    l.get("col.restrictions"), v -> yesNo(l, v.useRestrictions()), 3, 10)
                .uncut()
                .droppable(3),
            Column.<LicenseView>number(
                l.get("col.models"), v -> Integer.toString(v.models().size())),
            Column.<LicenseView>text(l.get("col.name"), LicenseView::name, 10, 60)
                .priority(0)
                .droppable(1)),
        licenses);
  }

  /** Commercial use as yes, conditional, unknown or no. */
  static String terms(Labels l, LicenseView v) {
    return l.get("word.commercial." + v.commercialTerms());
  }

  static String yesNo(Labels l, boolean b) {
    return b ? l.get("word.yes") : l.get("word.no");
  }
}
