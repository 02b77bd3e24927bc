package io.github.advisorcli.advisor.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.testing.Catalogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code max_parameters} as a number: a whole count a long can hold, or refused. */
class MaxParametersTest {
  @TempDir Path dir;

  private Manifest read(String value) throws IOException {
    Path file = dir.resolve("advisor.yaml");
    Files.writeString(
        file,
        "policy:\n  max_parameters: "
            + value
            + "\nmodels:\n  - {id: bert-base-uncased, task: classification}\n");
    return new ManifestLoader(Catalogs.registries().licenses()).read(file, "advisor.yaml");
  }

  @ParameterizedTest
  @CsvSource({"2000000000, 2000000000", "1.5e9, 1500000000", "2B, 2000000000", "'350M', 350000000"})
  void countsAreRead(String value, long expected) throws IOException {
    assertThat(read(value).policy().maxParameters()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999999", "1.5e300", ".inf", "-.inf", "-5", "0", "0.5"})
  void numbersNoCountCanHoldAreRefused(String value) {
    assertThatThrownBy(() -> read(value))
        .isInstanceOf(AdvisorException.class)
        .hasMessageMatching("(.*max_parameters.*|invalid number .*)");
  }
}
