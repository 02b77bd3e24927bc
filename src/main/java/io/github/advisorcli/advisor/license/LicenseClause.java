package io.github.advisorcli.advisor.license;

import java.util.List;

/**
 * One condition of a license, with the text it quotes.
 *
 * @param type the kind of condition
 * @param metric for a user threshold: {@code monthly_active_users} or {@code daily_active_users}
 * @param limit for a user threshold: the number of users
 * @param limitUsd for a revenue threshold: the amount in US dollars
 * @param period for a revenue threshold: {@code monthly} or {@code annual}
 * @param effect what crossing a threshold brings: {@code attribution} or {@code separate-license}
 * @param excluded for a territory: ISO 3166-1 alpha-2 codes, and {@code EU} for the European Union
 * @param text for an attribution duty: the notice to display
 * @param prefix for a naming duty: what a derived model's name must start with
 * @param clause the license's own words
 * @param scope which of the license's models the clause covers: {@code multimodal} (models that
 *     read images), or null for all
 */
public record LicenseClause(
    ClauseType type,
    String metric,
    Long limit,
    Long limitUsd,
    String period,
    String effect,
    List<String> excluded,
    String text,
    String prefix,
    String clause,
    String scope) {
  public LicenseClause {
    excluded = excluded == null ? List.of() : List.copyOf(excluded);
  }

  /** The scope value for clauses that cover only the models that read images. */
  public static final String MULTIMODAL = "multimodal";

  /** Whether the clause covers a model; {@code imageInput} null (not stated) counts as covered. */
  public boolean covers(Boolean imageInput) {
    return !MULTIMODAL.equals(scope) || !Boolean.FALSE.equals(imageInput);
  }
}
