package io.github.advisorcli.advisor.hub;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param read entries read
 * @param imported new models written
 * @param merged overrides written for curated models
 * @param skipped entries left out
 * @param skips the skipped entries grouped by reason (and detail, where the reason groups by it),
 *     largest group first
 * @param untasked imported entries without a task, counted by pipeline tag ("(none)" when absent)
 * @param asOf the date the written facts carry
 */
public record ImportReport(
    long read,
    long imported,
    long merged,
    long skipped,
    List<SkipGroup> skips,
    Map<String, Long> untasked,
    String asOf) {

  /** Whether anything was written. */
  public boolean wroteAnything() {
    return imported + merged > 0;
  }

  /**
   * Entries skipped for one reason.
   *
   * @param reason why
   * @param detail the license or tag the group is about, or null
   * @param count how many
   * @param examples the first few repo ids, in file order
   */
  public record SkipGroup(Skip reason, String detail, long count, List<String> examples) {}
}
