package io.github.advisorcli.advisor.hub;

/**
 * Why an entry of the Hub's list was not imported. Each has an id the interface words in the user's
 * language; some carry a detail (the license, the pipeline tag).
 */
public enum Skip {
  /** The element has no {@code id}. */
  NO_REPO_ID("no_repo_id", false),
  /** The repo id is not one the Hub allows, or its advisor id would be too long. */
  BAD_REPO_ID("bad_repo_id", false),
  /** The repository is private. */
  PRIVATE("private", false),
  /** The Hub has disabled the repository. */
  DISABLED("disabled", false),
  /** No owner or author to name as the organization. */
  NO_ORGANIZATION("no_organization", false),
  /** Neither the card nor the tags declare a license, or they declare 'unknown'. */
  NO_LICENSE("no_license", false),
  /** The license is 'other' and its license_name is not one the registry knows. */
  LICENSE_OTHER("license_other", false),
  /** The license is not in the registry (detail: the license). */
  UNKNOWN_LICENSE("unknown_license", true),
  /** The card lists several licenses (detail: them, comma-separated). */
  SEVERAL_LICENSES("several_licenses", true),
  /** Nothing shows the architecture (detail: the pipeline tag, or none). */
  NO_ARCHITECTURE("no_architecture", true),
  /** The repository lists files and none of them holds weights. */
  NO_WEIGHTS("no_weights", false),
  /** The id was already written by an earlier entry (detail: the id). */
  DUPLICATE("duplicate", false),
  /** It matches a curated model but has no downloads or likes to refresh (detail: its id). */
  CURATED_WITHOUT_NUMBERS("curated_without_numbers", false);

  private final String id;
  private final boolean groupsByDetail;

  Skip(String id, boolean groupsByDetail) {
    this.id = id;
    this.groupsByDetail = groupsByDetail;
  }

  public String id() {
    return id;
  }

  /** Whether entries are grouped by the detail too (a license, a tag), not only by the reason. */
  public boolean groupsByDetail() {
    return groupsByDetail;
  }
}
