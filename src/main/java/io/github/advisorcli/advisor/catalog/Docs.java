package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/** Facts about documentation and ease of use. */
public record Docs(
    CardCompleteness modelCard,
    Boolean examples,
    List<String> frameworks,
    @JsonDeserialize(using = Checks.Url.class) String source,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {}
