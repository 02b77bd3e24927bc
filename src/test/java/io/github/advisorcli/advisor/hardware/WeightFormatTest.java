package io.github.advisorcli.advisor.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.UnknownNameException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightFormatTest {
  @ParameterizedTest
  @CsvSource({
    "fp32, 32.0",
    "bf16, 16.0",
    "fp8, 8.0",
    "q8_0, 8.5008",
    "q6_k, 6.5633",
    "q5_k_m, 5.7036",
    "q4_k_m, 4.8944",
    "iq4_xs, 4.4597",
    "q3_k_l, 4.2979",
    "q3_k_m, 3.91",
    "q3_k_s, 3.6429",
    "q2_k, 3.1593",
    "mxfp4, 4.25",
    "awq-int4, 4.15625",
    "gptq-int4, 4.15625",
    "Q3-K-M, 3.91"
  })
  void bitsPerWeightAreThePublishedFigures(String name, double bits) {
    assertThat(WeightFormat.parse(name).bitsPerWeight()).isEqualTo(bits);
  }

  @Test
  void everyFormatNamesItsSource() {
    for (WeightFormat f : WeightFormat.values()) {
      assertThat(f.source()).as(f.id()).startsWith("https://");
    }
  }

  @Test
  void theThreeBitFormatsAreTriedFromMostToFewestBits() {
    List<WeightFormat> order = WeightFormat.qualityOrder();
    assertThat(order.indexOf(WeightFormat.Q3_K_L)).isLessThan(order.indexOf(WeightFormat.Q3_K_M));
    assertThat(order.indexOf(WeightFormat.Q3_K_M)).isLessThan(order.indexOf(WeightFormat.Q3_K_S));
    assertThat(order.indexOf(WeightFormat.Q3_K_S)).isLessThan(order.indexOf(WeightFormat.Q2_K));
  }

  @Test
  void anUnknownNameSuggestsTheNearest() {
    assertThatThrownBy(() -> WeightFormat.parse("q3_km"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("q3_k_m");
  }
}
