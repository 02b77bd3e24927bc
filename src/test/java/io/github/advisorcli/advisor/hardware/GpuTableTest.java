package io.github.advisorcli.advisor.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.UnknownNameException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpuTableTest {
  @ParameterizedTest
  @CsvSource({
    "rtx-4090, rtx-4090",
    "RTX 4090, rtx-4090",
    "4090, rtx-4090",
    "NVIDIA GeForce RTX 4090, rtx-4090",
    "a100-80gb, a100-80gb",
    "A100 80GB, a100-80gb",
    "h100, h100-sxm",
    "H100 PCIe, h100-pcie",
    "rx-7900-xtx, rx-7900-xtx",
    "Radeon RX 7900 XTX, rx-7900-xtx",
    "m3-max, m3-max",
    "M3 Max 128GB, m3-max-128gb",
    "Tesla T4, t4",
    "arc-b580, arc-b580"
  })
  void namesAsPeopleTypeThem(String typed, String id) {
    assertThat(GpuTable.parse(typed).name()).isEqualTo(id);
  }

  @Test
  void cardsAreSummedOnlyWhenAsked() {
    Hardware one = GpuTable.parse("rtx-3090");
    Hardware two = GpuTable.parse("rtx-3090x2");
    assertThat(one.vramBytes()).isEqualTo(24L << 30);
    assertThat(two.vramBytes()).isEqualTo(48L << 30);
    assertThat(two.cards()).isEqualTo(2);
    assertThat(GpuTable.parse("RTX 4090 x4").vramBytes()).isEqualTo(96L << 30);
    // an "x" inside a name is not a count
    assertThat(GpuTable.parse("rtx4090").cards()).isEqualTo(1);
  }

  @Test
  void unknownNamesSuggestTheNearest() {
    assertThatThrownBy(() -> GpuTable.parse("rtx-4080"))
        .isInstanceOf(UnknownNameException.class)
        .hasMessageContaining("unknown gpu 'rtx-4080'")
        .hasMessageContaining("did you mean: rtx-4090");
  }

  @Test
  void everyRowHasASourceAndFigures() {
    for (Gpu g : GpuTable.all()) {
      assertThat(g.source()).as(g.id()).startsWith("https://");
      assertThat(g.memoryBytes()).as(g.id()).isPositive();
      assertThat(g.bandwidthBytesPerSecond()).as(g.id()).isPositive();
      assertThat(GpuTable.parse(g.id()).name()).isEqualTo(g.id());
    }
  }
}
