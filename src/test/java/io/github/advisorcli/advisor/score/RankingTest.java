package io.github.advisorcli.advisor.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.testing.Catalogs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankingTest {
  @ParameterizedTest
  @ValueSource(strings = {"classification", "chat", "translation", "ner"})
  void theResultForAnIdIsTheRankedResultOfThatModel(String task) {
    Catalog catalog = Catalogs.bundled();
    Request request =
        Request.of(catalog.tasks().find(task).orElseThrow())
            .withConstraints(
                new Constraints(true, null, null, 3_000_000_000L, null, null, false, null, null));
    Ranking ranking = Ranker.complete(catalog, request);
    assertThat(ranking.results()).isNotEmpty();
    for (Result r : ranking.results()) {
      assertThat(ranking.result(r.model().id())).containsSame(r);
    }
    for (Exclusion e : ranking.excluded()) {
      assertThat(ranking.result(e.model().id())).isEmpty();
    }
    assertThat(ranking.result("no-such-model")).isEmpty();
  }
}
