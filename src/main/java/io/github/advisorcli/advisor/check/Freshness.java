package io.github.advisorcli.advisor.check;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.FactDates;
import io.github.advisorcli.advisor.catalog.Generations;
import io.github.advisorcli.advisor.catalog.Model;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the facts behind a manifest's models are old, and whether a newer generation of their
 * family is in the catalog. Pure: the date and the limit are passed in. Both only warn.
 */
public final class Freshness {
  private Freshness() {}

  /**
   * What was found for one manifest entry.
   *
   * @param use the manifest entry
   * @param model the catalog model it names
   * @param dates the dates of its facts
   * @param ageDays the age of the oldest fact, when it is past the limit; otherwise null
   * @param newer the latest newer generation of its family in the catalog, or null
   */
  public record Found(
      Manifest.ModelUse use, Model model, FactDates dates, Long ageDays, Generations.Newer newer) {}

  /**
   * The entries with old facts (when {@code maxAgeDays} is given) or a newer generation, in the
   * manifest's order. Entries the catalog does not know are skipped (the check reports them).
   */
  public static List<Found> of(
      Catalog catalog,
      Manifest manifest,
      Generations generations,
      Long maxAgeDays,
      LocalDate today) {
    List<Found> found = new ArrayList<>();
    for (Manifest.ModelUse use : manifest.models()) {
      Model m = catalog.find(use.id()).orElse(null);
      if (m == null) {
        continue;
      }
      FactDates dates = FactDates.of(m);
      Long age =
          maxAgeDays != null && dates.olderThan(maxAgeDays, today) ? dates.ageDays(today) : null;
      Generations.Newer newer = generations.newer(catalog, m);
      if (age != null || newer != null) {
        found.add(new Found(use, m, dates, age, newer));
      }
    }
    return found;
  }
}
