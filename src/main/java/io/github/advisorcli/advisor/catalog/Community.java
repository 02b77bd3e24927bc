package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A dated snapshot of a model's community: popularity and activity. */
public record Community(
    @JsonDeserialize(using = Checks.NonNegativeLong.class) Long hfDownloads,
    @JsonDeserialize(using = Checks.NonNegativeLong.class) Long hfLikes,
    @JsonDeserialize(using = Checks.NonNegativeLong.class) Long githubStars,
    @JsonDeserialize(using = Checks.IsoDate.class) String lastRelease,
    @JsonDeserialize(using = Checks.Url.class) String source,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {}
