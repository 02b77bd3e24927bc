package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Marks a model entry that a program imported rather than a person curated.
 *
 * @param from where the entry was imported from
 * @param asOf the date of the data it was imported from
 */
public record Imported(
    ImportSource from, @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {}
