package io.github.advisorcli.advisor.catalog.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compact map that keeps a streamed catalog's ids and aliases in twelve bytes each. */
class FingerprintMapTest {
  @Test
  void fingerprintsRememberTheirFirstOwner() {
    FingerprintMap map = new FingerprintMap();
    Set<Long> prints = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      long print = FingerprintMap.of("model-" + i);
      assertThat(print).isNotZero();
      prints.add(print);
      assertThat(map.putIfAbsent(print, i)).isEqualTo(-1);
    }
    assertThat(prints).hasSize(50_000);
    assertThat(map.size()).isEqualTo(50_000);
    for (int i = 0; i < 50_000; i += 997) {
      assertThat(map.putIfAbsent(FingerprintMap.of("model-" + i), -5)).isEqualTo(i);
    }
    assertThat(FingerprintMap.of("")).isNotZero();
  }
}
