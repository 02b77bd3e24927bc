package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.testing.Catalogs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GenerationsTest {
  private static final Catalog CATALOG = Catalogs.bundled();

  @Test
  void everyRuleNamesTwoFamiliesOfTheCatalogAndItsSource() {
    Generations g = io.github.advisorcli.advisor.catalog.Catalogs.bundle().generations();
    assertThat(g.generations()).isNotEmpty();
    Set<String> families =
        CATALOG.models().stream()
            .map(m -> m.family().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    assertThat(g.unknownFamilies(families)).isEmpty();
    for (Generations.Generation r : g.generations()) {
      assertThat(r.source()).startsWith("https://");
      assertThat(r.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(r.family()).isNotEqualToIgnoringCase(r.successor());
    }
  }

  @Test
  void laterFamiliesFollowTheRulesNearestFirst() {
    Generations g = io.github.advisorcli.advisor.catalog.Catalogs.bundle().generations();
    assertThat(g.later("llama-3")).containsExactly("llama-3.1", "llama-3.3", "llama-4");
    assertThat(g.later("qwen3")).isEmpty();
  }

  @Test
  void aCycleNeverNamesTheFamilyItself() throws Exception {
    Generations g =
        Generations.read(
            new ByteArrayInputStream(
                """
                format: advisor.generations/v1
                generations:
                - {family: a, successor: b, source: "https://example.org/a", as_of: '2026-12-01'}
                - {family: b, successor: a, source: "https://example.org/b", as_of: '2026-12-01'}
                """
                    .getBytes(StandardCharsets.UTF_8)));
    assertThat(g.later("a")).containsExactly("b");
  }

  @Test
  void theFileIsReadStrictly() {
    assertThatThrownBy(
            () ->
                Generations.read(
                    new ByteArrayInputStream(
                        "format: advisor.generations/v1\ngenerations: []\nextra: 1\n"
                            .getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("extra");
    assertThatThrownBy(
            () ->
                Generations.read(
                    new ByteArrayInputStream(
                        "format: other\ngenerations: []\n".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("advisor.generations/v1");
  }

  @Test
  void factDatesFindTheOldestFact() {
    Model m = CATALOG.find("t5-base").orElseThrow();
    FactDates d = FactDates.of(m);
    assertThat(d.oldest()).isEqualTo("2026-11-28");
    assertThat(d.oldestFact()).startsWith("provenance.");
    assertThat(d.ageDays(java.time.LocalDate.parse("2026-12-28"))).isEqualTo(30);
    assertThat(d.olderThan(29, java.time.LocalDate.parse("2026-12-28"))).isTrue();
    assertThat(d.olderThan(30, java.time.LocalDate.parse("2026-12-28"))).isFalse();
  }
}
