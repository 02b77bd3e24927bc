package io.github.advisorcli.advisor.license;

import java.util.List;

/**
 * One entry of the license registry.
 *
 * @param id the SPDX id, or a {@code LicenseRef-} id for custom terms
 * @param name the license's full name
 * @param url where its text lives
 * @param spdx whether the id is an SPDX license id
 * @param category its class of terms
 * @param commercialUse whether commercial use is allowed at all (possibly with conditions)
 * @param attribution whether users must credit or keep notices
 * @param shareAlike whether derivatives must carry the same license
 * @param useRestrictions whether an acceptable-use policy or behavioural restrictions apply
 * @param userThreshold monthly active users above which a separate licence is needed, or null
 * @param conditions the conditions in one line
 * @param aliases Hugging Face license tags and other spellings
 * @param acceptableUsePolicy the URL of an acceptable-use policy the license incorporates, or null
 * @param clauses the conditions that decide whether a given user may use it, each quoting the text
 * @param source where the terms were read
 * @param asOf when they were read
 */
public record License(
    String id,
    String name,
    String url,
    Boolean spdx,
    LicenseCategory category,
    Boolean commercialUse,
    Boolean attribution,
    Boolean shareAlike,
    Boolean useRestrictions,
    Long userThreshold,
    String conditions,
    List<String> aliases,
    String acceptableUsePolicy,
    List<LicenseClause> clauses,
    String source,
    String asOf) {
  public License {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
  }
}
