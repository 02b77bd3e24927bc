package io.github.advisorcli.advisor.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.testing.Backstop;
import org.junit.jupiter.api.Test;

class SizesTest {
  @Test
  void countsParse() {
    assertThat(Sizes.parseCount("1.5B")).isEqualTo(1_500_000_000L);
    assertThat(Sizes.parseCount("350M")).isEqualTo(350_000_000L);
    assertThat(Sizes.parseCount(" 8k ")).isEqualTo(8_000L);
    assertThat(Sizes.parseCount("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void tooLargeCountsAreRefusedNotWrapped() {
    assertThatThrownBy(() -> Sizes.parseCount("9999999999T"))
        .isInstanceOf(AdvisorException.class)
        .hasMessage("count '9999999999T' is too large");
    assertThatThrownBy(() -> Sizes.parseCount("9223372036854775808"))
        .hasMessage("count '9223372036854775808' is too large");
  }

  @Test
  void hugeNumbersAreRefusedQuickly() {
    String digits = "9".repeat(1_000_000) + "B";
    // Refused from its length, not parsed: the backstop catches a parse that would not end.
    assertTimeoutPreemptively(
        Backstop.inProcess(),
        () ->
            assertThatThrownBy(() -> Sizes.parseCount(digits))
                .isInstanceOf(AdvisorException.class)
                .hasMessage(
                    "invalid count '9999999999999999999999999999999999999...': use a number with k, M, B"
                        + " or T (e.g. 1.5B, 8k)"));
  }
}
