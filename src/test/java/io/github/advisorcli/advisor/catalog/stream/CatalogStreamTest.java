package io.github.advisorcli.advisor.catalog.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import io.github.advisorcli.advisor.score.Ranker;
import io.github.advisorcli.advisor.score.Ranking;
import io.github.advisorcli.advisor.score.Request;
import io.github.advisorcli.advisor.score.Result;
import io.github.advisorcli.advisor.testing.Catalogs;
import io.github.advisorcli.advisor.testing.Synthetic;
import io.github.advisorcli.advisor.tools.SyntheticCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming reader: the same models as the loader, on one thread or several, the same errors
 * with the same {@code file:line:column}, and the same ranking as the in-memory scorer.
 */
class CatalogStreamTest {
  @TempDir static Path dir;
  private static List<String> lines;

  @BeforeAll
  static void generate() {
    lines = Synthetic.text(60, 21, false).lines().toList();
  }

  /** The generated catalog with the first match of {@code regex} on line {@code line} replaced. */
  private static Path edit(String name, int line, String regex, String to) {
    List<String> copy = new ArrayList<>(lines);
    String old = copy.get(line - 1);
    String changed = old.replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(to));
    assertThat(changed).isNotEqualTo(old);
    copy.set(line - 1, changed);
    return Synthetic.write(dir, name, String.join("\n", copy) + "\n");
  }

  private static String q(String literal) {
    return java.util.regex.Pattern.quote(literal);
  }

  private static String id(int line) {
    String l = lines.get(line - 1);
    int start = l.indexOf("\"id\":\"") + 6;
    return l.substring(start, l.indexOf('"', start));
  }

  private static String loadError(Path file) {
    try {
      io.github.advisorcli.advisor.catalog.Catalogs.load(
          Catalogs.bundle(), Map.of(file, file.getFileName().toString()), false);
    } catch (AdvisorException e) {
      return e.userMessage();
    }
    throw new AssertionError("loading " + file + " should fail");
  }

  private static String streamError(Path file, int threads) {
    try {
      new CatalogStream(file, file.getFileName().toString(), Catalogs.registries(), threads)
          .scan((span, m) -> {});
    } catch (AdvisorException e) {
      return e.userMessage();
    }
    throw new AssertionError("streaming " + file + " should fail");
  }

  private static void assertSameError(Path file, String expected) {
    String loaded = loadError(file);
    assertThat(loaded).isEqualTo(expected);
    assertThat(streamError(file, 1)).isEqualTo(loaded);
    assertThat(streamError(file, 3)).isEqualTo(loaded);
  }

  @Test
  void perModelChecksNameTheSameFileLineAndColumn() {
    assertThat(
            loadError(edit("license.json", 5, q("\"license\":\""), "\"license\":\"Apache-3.0 OR ")))
        .isEqualTo(streamError(dir.resolve("license.json"), 2))
        .isEqualTo(streamError(dir.resolve("license.json"), 1))
        .startsWith("license.json:5:")
        .contains("unknown license 'Apache-3.0' — did you mean: Apache-2.0?");
    assertThat(loadError(edit("param.json", 9, q("\"parameters\":"), "\"parameters\":-")))
        .isEqualTo(streamError(dir.resolve("param.json"), 2))
        .contains("'parameters' must be a positive integer, not -");
    assertThat(
            loadError(edit("task.json", 12, q("\"tasks\":[{\"id\":\""), "\"tasks\":[{\"id\":\"x")))
        .isEqualTo(streamError(dir.resolve("task.json"), 2))
        .contains("unknown task 'x");
    assertThat(loadError(edit("field.json", 20, q("\"family\":"), "\"familly\":\"x\",\"family\":")))
        .isEqualTo(streamError(dir.resolve("field.json"), 2))
        .contains("unknown field 'familly' — did you mean: family?")
        .startsWith("field.json:20:");
    assertThat(loadError(edit("syntax.json", 30, q("},"), "},,")))
        .isEqualTo(streamError(dir.resolve("syntax.json"), 2))
        .startsWith("syntax.json:30:");
  }

  @Test
  void checksAcrossModelsGiveTheSameMessages() {
    assertSameError(
        edit("dup.json", 40, q("\"id\":\"" + id(40)), "\"id\":\"" + id(10)),
        "dup.json:40:1: duplicate model id '" + id(10) + "' (first defined at line 10)");
    assertSameError(
        edit("missing.json", 33, "\"organization\":\"[^\"]*\",", ""),
        "missing.json:33:1: model '" + id(33) + "' is missing required field organization");
    String upper25 = id(25).toUpperCase(java.util.Locale.ROOT);
    assertSameError(
        edit("alias.json", 50, q("\"hf_repo\":"), "\"aliases\":[\"" + upper25 + "\"],\"hf_repo\":"),
        "alias.json:50:1: alias '"
            + upper25
            + "' of model '"
            + id(50)
            + "' is already the id or an alias of '"
            + id(25)
            + "'");
    assertSameError(
        edit(
            "later-id.json",
            25,
            q("\"hf_repo\":"),
            "\"aliases\":[\"" + id(50).toUpperCase(java.util.Locale.ROOT) + "\"],\"hf_repo\":"),
        "later-id.json:50:1: model id '" + id(50) + "' is already an alias of '" + id(25) + "'");
    List<String> copy = new ArrayList<>(lines);
    for (int line : new int[] {7, 44}) {
      copy.set(
          line - 1,
          copy.get(line - 1)
              .replaceFirst(q("\"hf_repo\":"), "\"aliases\":[\"Shared\"],\"hf_repo\":"));
    }
    Path shared = Synthetic.write(dir, "shared.json", String.join("\n", copy) + "\n");
    assertSameError(
        shared,
        "shared.json:44:1: alias 'Shared' of model '"
            + id(44)
            + "' is already the id or an alias of '"
            + id(7)
            + "'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"format\":\"advisor.catalog/v1\",\"models\":[]}",
        "{\"format\":\"advisor.catalog/v1\",\"models\":[1]}",
        "{\"models\":[{\"id\":\"a\"}],\"format\":\"advisor.catalog/v2\"}",
        "{\"format\":\"advisor.catalog/v1\",\"models\":[{\"id\":\"a\"},]}",
        "{\"format\":\"advisor.catalog/v1\",\"models\":[{\"id\":\"a\"}]} trailing",
        "[]"
      })
  void brokenStructureGivesTheSameError(String json) {
    Path file = Synthetic.write(dir, "broken.json", json);
    String loaded = loadError(file);
    assertThat(streamError(file, 1)).isEqualTo(loaded);
    assertThat(streamError(file, 2)).isEqualTo(loaded);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void everyModelArrivesOnceWithItsPlaceInTheFile(int threads) {
    Path file = Synthetic.write(dir, "all.json", String.join("\n", lines) + "\n");
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    List<CatalogStream.Span> spans = Collections.synchronizedList(new ArrayList<>());
    CatalogStream stream = new CatalogStream(file, "all.json", Catalogs.registries(), threads);
    CatalogStream.Summary summary =
        stream.scan(
            (span, m) -> {
              ids.add(m.id());
              spans.add(span);
            });
    assertThat(summary.models()).isEqualTo(60);
    assertThat(summary.asOf()).isEqualTo(SyntheticCatalog.AS_OF);
    List<String> expected = new ArrayList<>();
    for (int line = 2; line <= 61; line++) {
      expected.add(id(line));
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
    List<Model> again = new ArrayList<>();
    stream.read(spans, (span, m) -> again.add(m));
    Catalog loaded =
        io.github.advisorcli.advisor.catalog.Catalogs.load(
            Catalogs.bundle(), Map.of(file, "all.json"), false);
    again.sort(java.util.Comparator.comparing(Model::id));
    assertThat(again).isEqualTo(loaded.models());
  }

  @ParameterizedTest
  @ValueSource(ints = {64, 1000, 5000, 1 << 20})
  void entriesAreCutRightWhateverTheChunkSize(int chunk) throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var tree = mapper.readTree(String.join("\n", lines));
    int i = 0;
    for (var model : tree.get("models")) {
      if (i++ % 3 == 0) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) model)
            .put("notes", "tricky } ] { [ \" \\ é 中文 \\\" end " + "x".repeat(i * 40));
      }
    }
    Path file =
        Synthetic.write(
            dir, "pretty.json", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    Registries registries = Catalogs.registries();
    CatalogLoader loader = new CatalogLoader(registries.licenses(), registries.tasks());
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    CatalogLoader.Header header =
        new ParallelScan(file, "pretty.json", loader, 2, chunk)
            .read(
                (index, model, where, offset, length) ->
                    seen.add(index + " " + offset + " " + length + " " + model));
    assertThat(header).isNotNull();
    assertThat(header.models()).isEqualTo(60);
    List<String> expected = new ArrayList<>();
    loader.read(
        file,
        "pretty.json",
        (index, model, where, offset, length) ->
            expected.add(index + " " + offset + " " + length + " " + model));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void onlyJsonIsStreamed() {
    assertThatThrownBy(
            () -> new CatalogStream(dir.resolve("x.yaml"), "x.yaml", Catalogs.registries(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void theStreamedRankingIsTheInMemoryRanking(int threads) {
    Path file = Synthetic.write(dir, "rank.json", Synthetic.text(2500, 4, false));
    Catalog catalog =
        io.github.advisorcli.advisor.catalog.Catalogs.load(
            Catalogs.bundle(), Map.of(file, "rank.json"), false);
    Registries registries = Catalogs.registries();
    for (String task : List.of("classification", "chat", "summarization", "embedding")) {
      Request request = Request.of(registries.tasks().require(task));
      Ranking whole = Ranker.complete(catalog, request);
      for (int top : List.of(1, 10, 300)) {
        Ranking streamed =
            Ranker.top(
                new CatalogStream(file, "rank.json", registries, threads),
                registries,
                request,
                top);
        List<Result> expected = whole.top(top);
        assertThat(streamed.results()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
          Result a = expected.get(i);
          Result b = streamed.results().get(i);
          assertThat(b.model()).isEqualTo(a.model());
          assertThat(b.rank()).isEqualTo(a.rank());
          assertThat(b.score()).isEqualTo(a.score());
          assertThat(b.criteria()).isEqualTo(a.criteria());
        }
      }
    }
  }
}
