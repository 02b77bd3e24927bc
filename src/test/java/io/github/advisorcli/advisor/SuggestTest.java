package io.github.advisorcli.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    long start = System.nanoTime();
    assertThat(Suggest.nearest("x".repeat(1_000_000), known)).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }
}
