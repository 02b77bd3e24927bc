package io.github.advisorcli.advisor.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.UnknownNameException;
import io.github.advisorcli.advisor.catalog.Profile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfilesTest {
  private static final Profile BALANCED =
      new Profile("balanced", null, null, Map.of("license", 1.0, "docs", 1.0));
  private static final Profile PRODUCTION =
      new Profile("production", null, null, Map.of("license", 3.0, "docs", 1.0));
  private static final Profile MINE = new Profile("my-team", null, null, Map.of("license", 5.0));
  private static final Profile MY_PRODUCTION =
      new Profile("Production", null, null, Map.of("docs", 2.0));

  private static final Profiles PROFILES =
      Profiles.of(List.of(BALANCED, PRODUCTION), List.of(MINE, MY_PRODUCTION));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // name, license weight, docs weight
    "balanced,   1, 1",
    "BALANCED,   1, 1",
    "my-team,    5, 0",
    "My-Team,    5, 0",
    // a user profile replaces the bundled one of its id
    "production, 0, 2",
    // no name: the default profile
    ",           1, 1"
  })
  void resolvesBundledAndUserProfiles(String name, double license, double docs) {
    Weights w = PROFILES.weights(name, null);
    assertThat(w.get(Criterion.LICENSE)).isEqualTo(license);
    assertThat(w.get(Criterion.DOCS)).isEqualTo(docs);
  }

  @ParameterizedTest
  @CsvSource({"my-taem, my-team", "prodution, Production"})
  void anUnknownNameSuggestsTheNearest(String name, String suggestion) {
    assertThatThrownBy(() -> PROFILES.weights(name, null))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("unknown profile '" + name + "'")
        .hasMessageContaining(suggestion);
  }

  @org.junit.jupiter.api.Test
  void withoutProfilesNoNameMeansEqualWeights() {
    assertThat(Profiles.of(List.of()).weights(null, null)).isEqualTo(Weights.equal());
    assertThat(PROFILES.ids()).containsExactly("balanced", "Production", "my-team");
  }
}
