package io.github.advisorcli.advisor.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --hardware auto} against the tool outputs in src/test/resources/hardware. */
class ProbeTest {
  private static final Path DIR =
      Path.of(System.getProperty("advisor.basedir", ""))
          .toAbsolutePath()
          .resolve("src/test/resources/hardware");

  private static String file(String name) {
    try {
      return Files.readString(DIR.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers the tools named in {@code outputs}; any other tool is missing. */
  private static Probe.Source recorded(Map<String, String> outputs, String meminfo) {
    return new Probe.Source() {
      @Override
      public Optional<String> run(List<String> command) {
        return Optional.ofNullable(outputs.get(command.get(0))).map(ProbeTest::file);
      }

      @Override
      public Optional<String> read(String path) {
        return path.equals("/proc/meminfo") && meminfo != null
            ? Optional.of(file(meminfo))
            : Optional.empty();
      }
    };
  }

  @Test
  void nvidiaSmiCardIsLookedUpForItsBandwidth() {
    Probe.Found f =
        Probe.detect(recorded(Map.of("nvidia-smi", "nvidia-smi-rtx-4090.txt"), "meminfo.txt"));
    assertThat(f.tool()).isEqualTo("nvidia-smi");
    assertThat(f.cards()).containsExactly(new Probe.Card("NVIDIA GeForce RTX 4090", 24564L << 20));
    assertThat(f.ramBytes()).isEqualTo(65_843_736L * 1024);
    Hardware hw = f.hardware();
    assertThat(hw.vramBytes()).isEqualTo(24564L << 20);
    assertThat(hw.bandwidthBytesPerSecond()).isEqualTo(1_008_000_000_000L);
    assertThat(hw.ramBytes()).isEqualTo(65_843_736L * 1024);
  }

  @Test
  void severalCardsAreNeverSummed() {
    Probe.Found f = Probe.detect(recorded(Map.of("nvidia-smi", "nvidia-smi-3-a100.txt"), null));
    assertThat(f.cards()).hasSize(3);
    assertThat(f.hardware().vramBytes()).isEqualTo(81920L << 20);
    assertThat(f.hardware().cards()).isEqualTo(1);
    assertThat(f.hardware().bandwidthBytesPerSecond()).isEqualTo(2_039_000_000_000L);
  }

  @Test
  void aCardNotInTheTableHasNoBandwidth() {
    Probe.Found f = Probe.detect(recorded(Map.of("nvidia-smi", "nvidia-smi-a10g.txt"), null));
    assertThat(f.hardware().name()).isEqualTo("NVIDIA A10G");
    assertThat(f.hardware().bandwidthBytesPerSecond()).isNull();
  }

  @Test
  void rocmSmiWhenThereIsNoNvidiaSmi() {
    Probe.Found f =
        Probe.detect(recorded(Map.of("rocm-smi", "rocm-smi-7900xtx.csv"), "meminfo.txt"));
    assertThat(f.tool()).isEqualTo("rocm-smi");
    assertThat(f.cards()).containsExactly(new Probe.Card("Radeon RX 7900 XTX", 25_753_026_560L));
    assertThat(f.hardware().bandwidthBytesPerSecond()).isEqualTo(960_000_000_000L);
  }

  @Test
  void withoutAGpuTheSystemMemoryIsUsed() {
    Probe.Found f = Probe.detect(recorded(Map.of(), "meminfo.txt"));
    assertThat(f.tool()).isNull();
    assertThat(f.hardware().hasGpu()).isFalse();
    assertThat(f.hardware().ramBytes()).isEqualTo(65_843_736L * 1024);
    assertThat(Probe.detect(recorded(Map.of(), null)).hardware()).isNull();
  }
}
