package io.github.advisorcli.advisor.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.AdvisorException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HubReaderTest {
  private static List<HubEntry> read(String json) {
    List<HubEntry> out = new ArrayList<>();
    HubReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "list.json", out::add);
    return out;
  }

  @Test
  void readsFieldsOfEveryShapeTheApiUses() {
    HubEntry e =
        read("""
                [{"id":"o/n","gated":"manual","downloads":5,"likes":"many",
                  "cardData":{"license":["mit"],"language":"en"},
                  "siblings":[{"rfilename":"a.bin"},"b.txt"],
                  "safetensors":{"total":12},"config":{"architectures":["XForCausalLM"]}}]
                """)
            .get(0);
    assertThat(e.repoId()).isEqualTo("o/n");
    assertThat(e.isGated()).isTrue();
    assertThat(e.downloads()).isEqualTo(5L);
    assertThat(e.likes()).as("a value of the wrong type counts as absent").isNull();
    assertThat(e.cardLicenses()).containsExactly("mit");
    assertThat(e.cardLanguages()).containsExactly("en");
    assertThat(e.siblings()).containsExactly("a.bin", "b.txt");
    assertThat(e.safetensorsTotal()).isEqualTo(12L);
    assertThat(e.architectures()).containsExactly("XForCausalLM");
    assertThat(e.location().line()).isEqualTo(1);
    assertThat(read("[{\"id\":\"o/n\",\"gated\":false}]").get(0).isGated()).isFalse();
  }

  @Test
  void anEmptyArrayReadsNothing() {
    assertThat(read("[]")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"id":"o/n"}     | list.json:1:1: expected the JSON array of models the Hub's /api/models returns, not a JSON object
          [1]              | list.json:1:2: each element must be a model object, not a number
          [{"id":"o/n"}    | list.json:1:14: syntax error: Unexpected end-of-input: expected close marker for Array
          [{"id":"o/n"}] x | list.json:1:16: syntax error: Unrecognized token 'x'
          """)
  void aMalformedFileNamesTheLineAndColumn(String json, String message) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(AdvisorException.class)
        .satisfies(e -> assertThat(((AdvisorException) e).userMessage()).startsWith(message));
  }

  @Test
  void anEmptyFile() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(HubException.class)
        .hasMessageContaining("the file is empty");
  }

  @Test
  void aCardWhoseFieldsAreAllSkippedStillCounts() {
    assertThat(
            read("[{\"id\":\"o/n\",\"cardData\":{\"widget\":[{\"text\":\"x\"}]}}]")
                .get(0)
                .hasCard())
        .isTrue();
    assertThat(read("[{\"id\":\"o/n\",\"cardData\":{}}]").get(0).hasCard()).isFalse();
  }

  /** Reading field by field keeps exactly what a whole tree of each recorded element gives. */
  @Test
  void theStreamedFieldsEqualTheWholeElement() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode all;
    try (java.io.InputStream in = HubReaderTest.class.getResourceAsStream("/hub/models.json")) {
      all = json.readTree(in);
    }
    List<HubEntry> streamed = HubFixture.entries();
    assertThat(streamed).hasSize(all.size());
    for (int i = 0; i < all.size(); i++) {
      HubEntry whole = HubEntry.of(all.get(i), streamed.get(i).location());
      assertThat(streamed.get(i)).isEqualTo(whole);
    }
  }

  /**
   * An element of about 800 MB (98 million small objects) whose bulk is a field advisor does not
   * read: it is skipped token by token, never held (as a tree it would need tens of GB). The bytes
   * are generated as they are read, so the test holds nothing either.
   */
  @Test
  void aHugeElementIsReadInBoundedMemory() {
    byte[] head =
        "[{\"id\":\"o/huge\",\"cardData\":{\"license\":\"mit\",\"widget\":["
            .getBytes(StandardCharsets.UTF_8);
    byte[] item = "{\"a\":1},".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "{}]},\"downloads\":7}]".getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[item.length * 8192];
    for (int i = 0; i < 8192; i++) {
      System.arraycopy(item, 0, block, i * item.length, item.length);
    }
    java.io.InputStream in =
        new java.io.SequenceInputStream(
            java.util.Collections.enumeration(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(head),
                            java.util.stream.Stream.generate(() -> block).limit(12_000)),
                        java.util.stream.Stream.of(tail))
                    .map(ByteArrayInputStream::new)
                    .toList()));
    List<HubEntry> out = new ArrayList<>();
    HubReader.read(in, "huge.json", out::add);
    assertThat(out)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.repoId()).isEqualTo("o/huge");
              assertThat(e.cardLicenses()).containsExactly("mit");
              assertThat(e.downloads()).isEqualTo(7L);
            });
  }
}
