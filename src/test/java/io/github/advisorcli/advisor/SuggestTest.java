package io.github.advisorcli.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.advisorcli.advisor.testing.Backstop;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
  @Test
  void nearNamesAreSuggested() {
    assertThat(Suggest.nearest("licence", List.of("license", "languages", "name")))
        .containsExactly("license");
  }

  @Test
  void aHugeInputGetsNoSuggestionAndCostsNothing() {
    List<String> known = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      known.add("license-" + i);
    }
    // No edit distance over a million characters: a quadratic search would hang here, which the
    // backstop catches (bench/run is where time is measured).
    List<String> suggested =
        assertTimeoutPreemptively(
            Backstop.inProcess(), () -> Suggest.nearest("x".repeat(1_000_000), known));
    assertThat(suggested).isEmpty();
  }
}
