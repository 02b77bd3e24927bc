package io.github.advisorcli.advisor.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.AdvisorException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values at the edge of their range: no overflow into a wrong score. */
class LimitsTest {
  @Test
  void countsAtTheLimitOfALongScoreAtTheTop() {
    assertThat(Criteria.logScale(Long.MAX_VALUE, 8)).isEqualTo(1.0);
    assertThat(Criteria.logScale(Long.MAX_VALUE - 1, 5)).isEqualTo(1.0);
  }

  @Test
  void weightsAboveTheLimitAreRefused() {
    assertThatThrownBy(() -> Weights.fromKeys(Map.of("performance", 1e308)))
        .isInstanceOf(AdvisorException.class)
        .hasMessageContaining("at most 1000000");
    Weights max = Weights.fromKeys(Map.of("performance", Weights.MAX, "task_fit", Weights.MAX));
    assertThat(max.share(Criterion.parse("performance"))).isEqualTo(0.5);
  }

  @Test
  void weightsNamingACriterionTwiceAreRefused() {
    assertThatThrownBy(() -> Weights.fromKeys(Map.of("perf", 1.0, "performance", 2.0)))
        .isInstanceOf(AdvisorException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void sizesBeyondALongAreRefused() {
    assertThatThrownBy(() -> Sizes.parseBytes("99999999999999999999TiB"))
        .isInstanceOf(AdvisorException.class)
        .hasMessageContaining("too large");
    assertThat(Sizes.parseBytes("8GiB")).isEqualTo(8L << 30);
  }
}
