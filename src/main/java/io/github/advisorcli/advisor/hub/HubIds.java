package io.github.advisorcli.advisor.hub;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The advisor id of a Hub repository: the repo id in lower case with the '/' between owner and name
 * written as {@code --}, so {@code google-bert/bert-base-uncased} becomes {@code
 * google-bert--bert-base-uncased}.
 *
 * <p>The rule cannot map two repositories to one id: the Hub forbids {@code --} and {@code ..} in
 * repo ids (huggingface_hub's {@code validate_repo_id}), so the first {@code --} always marks the
 * owner's end, and the Hub treats repo ids case-insensitively (huggingface/huggingface_hub#2090),
 * so lower-casing joins nothing. An importer still checks for repeats and skips the later one.
 */
public final class HubIds {
  /** Owner and name: letters, digits, '-', '_', '.', starting and ending with a letter or digit. */
  private static final Pattern REPO =
      Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/)?[A-Za-z0-9][A-Za-z0-9._-]*");

  /** The longest advisor id (see the catalog schema). */
  static final int MAX_ID = 128;

  private HubIds() {}

  /** The id for a repo id, or empty when the repo id is not one the Hub allows or is too long. */
  public static Optional<String> idFor(String repoId) {
    if (repoId == null
        || !REPO.matcher(repoId).matches()
        || repoId.contains("--")
        || repoId.contains("..")) {
      return Optional.empty();
    }
    String id = repoId.toLowerCase(Locale.ROOT).replace("/", "--");
    return id.length() > MAX_ID ? Optional.empty() : Optional.of(id);
  }
}
