package io.github.advisorcli.advisor.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HubIdsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "google-bert/bert-base-uncased, google-bert--bert-base-uncased",
    "Qwen/Qwen2.5-7B-Instruct, qwen--qwen2.5-7b-instruct",
    "facebook/m2m100_418M, facebook--m2m100_418m",
    "gpt2, gpt2"
  })
  void lowerCaseWithTheSlashAsTwoHyphens(String repo, String id) {
    assertThat(HubIds.idFor(repo)).contains(id);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"a--b/c", "a/b--c", "a/b..c", "-a/b", "a/b/c", "a b/c", "/b", "a/"})
  void repoIdsTheHubForbidsHaveNoId(String repo) {
    assertThat(HubIds.idFor(repo)).isEmpty();
  }

  @Test
  void idsLongerThanTheCatalogAllowsAreRefused() {
    assertThat(HubIds.idFor("o/" + "n".repeat(126))).isEmpty();
    assertThat(HubIds.idFor("o/" + "n".repeat(125))).isPresent();
  }
}
