package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Where a fact was read and when.
 *
 * @param source the URL of the paper, model card or file the fact was read from
 * @param asOf the date it was read, ISO-8601
 */
public record Sourced(
    @JsonDeserialize(using = Checks.Url.class) String source,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {}
