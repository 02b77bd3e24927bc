package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.advisorcli.advisor.catalog.Profile;
import io.github.advisorcli.advisor.score.Criterion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output of {@code advisor criteria}: the six criteria, what feeds each, and the weight
 * profiles.
 */
@JsonPropertyOrder({"schema", "criteria", "profiles"})
public record CriteriaView(
    String schema, List<CriterionView> criteria, List<ProfileView> profiles) {
  public static final String SCHEMA = "advisor.criteria/v1";

  /** One criterion: its key, name, the facts that feed it and its formula in words. */
  @JsonPropertyOrder({"key", "name", "feeds", "formula"})
  public record CriterionView(String key, String name, String feeds, String formula) {}

  /** One weight profile. */
  @JsonPropertyOrder({"id", "description", "weights"})
  public record ProfileView(String id, String description, Map<String, Double> weights) {}

  public static CriteriaView of(List<Profile> profiles, Labels l) {
    List<CriterionView> criteria = new ArrayList<>();
    for (Criterion c : Criterion.values()) {
      criteria.add(
          new CriterionView(
              c.key(),
              l.get("criterion." + c.key() + ".name"),
              l.get("criterion." + c.key() + ".feeds"),
              l.get("criterion." + c.key() + ".formula")));
    }
    List<ProfileView> views = new ArrayList<>();
    for (Profile p : profiles) {
      Map<String, Double> w = new LinkedHashMap<>();
      for (Criterion c : Criterion.values()) {
        w.put(c.key(), p.weights().getOrDefault(c.key(), 0.0));
      }
      views.add(
          new ProfileView(
              p.id(),
              l.chinese() && p.descriptionZh() != null ? p.descriptionZh() : p.description(),
              w));
    }
    return new CriteriaView(SCHEMA, criteria, views);
  }

  public TableSpec<CriterionView> table(Labels l) {
    return new TableSpec<>(
        List.of(
            Column.<CriterionView>text(l.get("col.criterion"), CriterionView::key, 8, 16)
                .priority(2),
            Column.<CriterionView>text(l.get("col.name"), CriterionView::name, 6, 24).wrapped(),
            Column.<CriterionView>text(l.get("col.feeds"), CriterionView::feeds, 12, 40)
                .priority(0)
                .wrapped(),
            Column.<CriterionView>text(l.get("col.formula"), CriterionView::formula, 16, 70)
                .priority(0)
                .wrapped()),
        criteria);
  }

  public TableSpec<ProfileView> profileTable(Labels l) {
    List<Column<ProfileView>> columns = new ArrayList<>();
    columns.add(Column.<ProfileView>text(l.get("col.profile"), ProfileView::id, 6, 12).priority(2));
    for (Criterion c : Criterion.values()) {
      columns.add(
          Column.<ProfileView>number(
              l.get("col." + (c == Criterion.LICENSE ? "license_score" : c.key())),
              p -> ModelCardText.trim(p.weights().get(c.key()))));
    }
    columns.add(
        Column.<ProfileView>text(l.get("col.description"), ProfileView::description, 12, 80)
            .priority(0)
            .wrapped());
    return new TableSpec<>(columns, profiles);
  }
}
