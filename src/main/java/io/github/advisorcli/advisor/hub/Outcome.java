package io.github.advisorcli.advisor.hub;

import io.github.advisorcli.advisor.catalog.Model;

/** What became of one entry of the Hub's list. */
public sealed interface Outcome {
  /** The Hub repository the entry names, or null when it has none. */
  String repoId();

  /**
   * A new catalog model.
   *
   * @param model the model, marked as imported
   * @param untaskedTag the entry's pipeline tag when it maps to no advisor task ("(none)" when it
   *     has none), else null
   */
  record Imported(String repoId, Model model, String untaskedTag) implements Outcome {}

  /**
   * An entry for a curated model: an override that refreshes only its community numbers.
   *
   * @param override the override, with the curated id and only {@code community}
   */
  record Merged(String repoId, Model override) implements Outcome {}

  /**
   * An entry that was left out.
   *
   * @param reason why
   * @param detail the license, tag or id the reason is about, or null
   */
  record Skipped(String repoId, Skip reason, String detail) implements Outcome {}
}
