package io.github.advisorcli.advisor.catalog.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.catalog.CatalogException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for JSON or YAML: by name for .json/.yaml/.yml, else by content. */
class CatalogFormatTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} holding [{1}] is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // by name, whatever the content
        "c.json      | format: x            | JSON",
        "c.JSON      | format: x            | JSON",
        "c.yaml      | {\"format\": 1}      | YAML",
        "c.yml       | [1]                  | YAML",
        "c.YML       | format: x            | YAML",
        // by content
        "c.txt       | {\"format\": 1}      | JSON",
        "c.txt       | '   \n\t [1]'        | JSON",
        "catalog     | '\uFEFF{}'           | JSON",
        "c.txt       | format: x            | YAML",
        "c.txt       | # a comment          | YAML",
        "c.json.bak  | - a                  | YAML",
        "c.yaml.txt  | {}                   | JSON",
      })
  void decides(String name, String content, CatalogFormat expected) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    assertThat(CatalogFormat.of(file)).isEqualTo(expected);
    assertThat(Parsers.isJson(file)).isEqualTo(expected == CatalogFormat.JSON);
  }

  @ParameterizedTest(name = "empty {0}")
  @CsvSource({"c.txt", "catalog"})
  void anEmptyFileOfAnotherNameIsAClearError(String name) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "  \n");
    assertThatThrownBy(() -> CatalogFormat.of(file))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("cannot tell whether the file is JSON or YAML");
  }

  @ParameterizedTest(name = "writing {0} with {1} gives {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "x.json | | JSON",
        "x.yaml | | YAML",
        "x.yml  | | YAML",
        "x.txt  | | JSON",
        "x.txt  | YAML | YAML",
        "x.json | JSON | JSON",
      })
  void writersChooseByNameElseJson(String name, CatalogFormat asked, CatalogFormat expected) {
    assertThat(CatalogFormat.forOutput(name, asked)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"x.json, YAML", "x.yaml, JSON"})
  void aFormatAgainstTheNameIsRefused(String name, CatalogFormat asked) {
    assertThatThrownBy(() -> CatalogFormat.forOutput(name, asked))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name);
  }
}
