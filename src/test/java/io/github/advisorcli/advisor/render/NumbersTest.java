package io.github.advisorcli.advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.ByteCount;
import io.github.advisorcli.advisor.ParameterCount;
import io.github.advisorcli.advisor.TokenCount;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
  @ParameterizedTest
  @CsvSource({
    "999, 999",
    "60000000, 60M",
    "124439808, 124M",
    "1500000000, 1.5B",
    "7070000000, 7.07B",
    "7241732096, 7.24B",
    "46700000000, 46.7B",
    "175000000000, 175B"
  })
  void aParameterCountReadsTheSameInTablesReasonsAndComparisons(long n, String text) {
    assertThat(Numbers.params(n)).isEqualTo(text);
    assertThat(Numbers.value(new ParameterCount(n))).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"512, 512 B", "367001600, 350 MiB", "14495514624, 13.5 GiB", "8589934592, 8 GiB"})
  void bytes(long n, String text) {
    assertThat(Numbers.value(new ByteCount(n))).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"0.8245, 0.82", "0.125, 0.13", "1.0, 1.00"})
  void scoresHaveTwoDecimals(double v, String text) {
    assertThat(Numbers.value(v)).isEqualTo(text);
    assertThat(Numbers.value(new TokenCount(8192))).isEqualTo("8192");
  }

  /** The shortened form is printf's, half-up rounding and all, without its trailing zeros. */
  @Property
  void aShortenedNumberIsPrintfsFormWithoutTrailingZeros(
      @ForAll @DoubleRange(min = 0, max = 1e6) double v) {
    String printf = String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    if (printf.contains(".")) {
      printf = printf.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    assertThat(Numbers.trim(v)).isEqualTo(printf);
  }
}
