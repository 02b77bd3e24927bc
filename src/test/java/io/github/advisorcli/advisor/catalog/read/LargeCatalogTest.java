package io.github.advisorcli.advisor.catalog.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.catalog.CatalogException;
import io.github.advisorcli.advisor.catalog.CatalogFile;
import io.github.advisorcli.advisor.catalog.Dates;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.testing.Catalogs;
import io.github.advisorcli.advisor.testing.Synthetic;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces that keep large catalogs bounded: the YAML limit and fast dates. */
class LargeCatalogTest {
  private static CatalogFile readYaml(String text, int limit) throws Exception {
    Registries r = Catalogs.registries();
    return new CatalogLoader(r.licenses(), r.tasks())
        .read(
            Parsers.yaml(limit),
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "big.yaml");
  }

  @Test
  void yamlDocumentsAreBoundedAtOneGibiCharacters() throws Exception {
    assertThat(Parsers.MAX_YAML_CODE_POINTS).isEqualTo(1 << 30);
    String yaml = Synthetic.text(40, 2, true);
    assertThat(readYaml(yaml, yaml.length() + 1).entries()).hasSize(40);
    assertThatThrownBy(() -> readYaml(yaml, yaml.length() / 2))
        .isInstanceOf(CatalogException.class)
        .hasMessage(
            String.format(
                "the YAML document is longer than the limit of %,d characters; write catalogs this"
                    + " large as JSON, which has no size limit",
                yaml.length() / 2));
  }

  @Test
  void datesReadLikeLocalDate() {
    for (String ok : List.of("2026-01-01", "2024-02-29", "0001-12-31", "+12026-01-01")) {
      assertThat(Dates.parse(ok)).isEqualTo(LocalDate.parse(ok));
    }
    for (String bad :
        List.of("2025-02-29", "2026-13-01", "2026-1-01", "2026-01-01x", "", "２０２６-01-01")) {
      String expected;
      try {
        LocalDate.parse(bad);
        throw new AssertionError(bad);
      } catch (DateTimeParseException e) {
        expected = e.getMessage();
      }
      assertThatThrownBy(() -> Dates.parse(bad))
          .isInstanceOf(DateTimeParseException.class)
          .hasMessage(expected);
    }
  }
}
