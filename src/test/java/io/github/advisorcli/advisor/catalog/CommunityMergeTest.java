package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A later file that sets some community numbers keeps the others (as an import's refresh does). */
class CommunityMergeTest {
  @Test
  void communityIsOverriddenValueByValue() {
    Path base = CliRun.basedir().resolve("src/test/resources/catalog");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(base.resolve("mini.yaml"), "mini.yaml");
    files.put(base.resolve("community-refresh.yaml"), "community-refresh.yaml");
    Catalog catalog = Catalogs.load(Catalogs.bundle(), files, false);
    Community c = catalog.find("enc-small").orElseThrow().community();
    assertThat(c.hfDownloads()).isEqualTo(2_000_000L);
    assertThat(c.hfLikes()).isEqualTo(700L);
    assertThat(c.githubStars()).as("kept from mini.yaml").isEqualTo(2_000L);
    assertThat(c.lastRelease()).as("kept from mini.yaml").isEqualTo("2024-01-01");
    assertThat(c.source()).isEqualTo("https://huggingface.co/test-lab/enc-small");
    assertThat(c.asOf()).isEqualTo("2026-06-01");
  }

  @Test
  void anEmptyRefreshChangesNothing() {
    Community earlier = new Community(1L, 2L, 3L, "2024-01-01", "https://a.example", "2026-01-01");
    assertThat(
            earlier.overriddenBy(new Community(null, null, null, null, "https://b.example", null)))
        .isEqualTo(earlier);
    assertThat(earlier.overriddenBy(null)).isEqualTo(earlier);
  }
}
