package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A dated snapshot of a model's community: popularity and activity. */
public record Community(
    @JsonDeserialize(using = Checks.NonNegativeLong.class) Long hfDownloads,
    @JsonDeserialize(using = Checks.NonNegativeLong.class) Long hfLikes,
    @JsonDeserialize(using = Checks.NonNegativeLong.class) Long githubStars,
    @JsonDeserialize(using = Checks.IsoDate.class) String lastRelease,
    @JsonDeserialize(using = Checks.Url.class) String source,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {

  /**
   * This snapshot with every value {@code later} sets replaced, value by value: the numbers come
   * from different places (the Hub, GitHub), so a file that refreshes some keeps the others. The
   * source and date are the later block's when it sets any value.
   */
  Community overriddenBy(Community later) {
    if (later == null) {
      return this;
    }
    boolean setsValues =
        later.hfDownloads != null
            || later.hfLikes != null
            || later.githubStars != null
            || later.lastRelease != null;
    if (!setsValues) {
      return new Community(
          hfDownloads,
          hfLikes,
          githubStars,
          lastRelease,
          Merge.pick(source, later.source),
          Merge.pick(asOf, later.asOf));
    }
    return new Community(
        Merge.pick(later.hfDownloads, hfDownloads),
        Merge.pick(later.hfLikes, hfLikes),
        Merge.pick(later.githubStars, githubStars),
        Merge.pick(later.lastRelease, lastRelease),
        Merge.pick(later.source, source),
        Merge.pick(later.asOf, asOf));
  }
}
