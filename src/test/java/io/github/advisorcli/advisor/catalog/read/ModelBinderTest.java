package io.github.advisorcli.advisor.catalog.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.CatalogFile;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.testing.Catalogs;
import io.github.advisorcli.advisor.testing.Synthetic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binder must read what the strict mapper reads, to equal models, and never accept what the
 * mapper refuses.
 */
class ModelBinderTest {
  private static final Registries REGISTRIES = Catalogs.registries();
  private static final ObjectMapper MAPPER = Parsers.json();
  private static final CatalogLoader LOADER =
      new CatalogLoader(REGISTRIES.licenses(), REGISTRIES.tasks());
  private static final ObjectReader READER = LOADER.modelReader(MAPPER);

  /** The model the binder reads from the text, or null when it gives up. */
  private static Model bind(String json) {
    try (JsonParser p = Parsers.jsonWithoutDuplicateDetection().createParser(json)) {
      p.nextToken();
      Model m = new ModelBinder(REGISTRIES.licenses(), REGISTRIES.tasks()).model(p);
      return p.nextToken() == null ? m : null;
    } catch (IOException | ModelBinder.Unsupported e) {
      return null;
    }
  }

  /** The model the mapper reads from the text, or null when it refuses it. */
  private static Model map(String json) {
    try {
      return READER
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(json);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Test
  void bundledModelsBindAsTheMapperBindsThem() throws IOException {
    List<Model> models = Catalogs.bundle().models();
    assertThat(models).hasSizeGreaterThan(100);
    for (Model m : models) {
      String json = MAPPER.writeValueAsString(m);
      Model expected = map(json);
      assertThat(expected).as(json).isNotNull();
      assertThat(bind(json)).as(json).isEqualTo(expected);
    }
  }

  @Test
  void syntheticModelsBindAsTheMapperBindsThem() throws IOException {
    JsonNode catalog = MAPPER.readTree(Synthetic.text(400, 11, false));
    for (JsonNode entry : catalog.get("models")) {
      String json = entry.toString();
      Model expected = map(json);
      assertThat(expected).as(json).isNotNull();
      assertThat(bind(json)).as(json).isEqualTo(expected);
    }
  }

  /** Every field of every kind of mapping, with values of every kind in its place. */
  @Test
  void neverAcceptsWhatTheMapperRefuses() throws IOException {
    ObjectNode base = richest();
    assertThat(map(base.toString())).isNotNull().isEqualTo(bind(base.toString()));
    List<String> variants = new ArrayList<>();
    for (List<String> path : paths(base, new ArrayList<>())) {
      for (JsonNode value : values()) {
        ObjectNode copy = base.deepCopy();
        set(copy, path, value);
        variants.add(copy.toString());
      }
      // The key repeated, with its own value and with another.
      String json = base.toString();
      String key = "\"" + path.get(path.size() - 1) + "\":";
      int at = json.indexOf(key, json.indexOf("\"" + path.get(0) + "\":"));
      if (at > 0) {
        variants.add(json.substring(0, at) + key + "null," + json.substring(at));
        variants.add(json.substring(0, at) + key + "\"x\"," + json.substring(at));
      }
    }
    variants.add(base.deepCopy().put("unknown", 1).toString());
    variants.add(base.deepCopy().put("Id", "x").toString());
    int bothAccept = 0;
    int mapperAccepts = 0;
    for (String json : variants) {
      Model expected = map(json);
      Model actual = bind(json);
      if (actual != null) {
        assertThat(expected).as(json).isNotNull();
        assertThat(actual).as(json).isEqualTo(expected);
        bothAccept++;
      }
      if (expected != null) {
        mapperAccepts++;
      }
    }
    // Nulls and most well-typed values are read here too, not all left to the mapper.
    assertThat(bothAccept).isGreaterThan(mapperAccepts * 3 / 4);
  }

  @Test
  void modelIdsAreCheckedAsThePatternSays() {
    for (String id :
        List.of(
            "",
            "a",
            "0",
            "A",
            ".a",
            "-a",
            "_a",
            "a.b-c_d",
            "a b",
            "\u00e9",
            "a/b",
            "a".repeat(128),
            "a".repeat(129),
            "bert-base-uncased")) {
      assertThat(io.github.advisorcli.advisor.catalog.Checks.isModelId(id))
          .as(id)
          .isEqualTo(id.matches("[a-z0-9][a-z0-9._-]{0,127}"));
    }
  }

  /** The file as the loader reads it with the mapper alone. */
  private static CatalogFile mapped(Path file, String name) {
    List<CatalogFile.Entry> entries = new ArrayList<>();
    CatalogLoader.Header header =
        LOADER.read(
            file,
            name,
            (int index, Model model, SourceLocation where, long offset, int length) ->
                entries.add(new CatalogFile.Entry(model, where)));
    return new CatalogFile(name, header.asOf(), List.copyOf(entries));
  }

  @Test
  void catalogFilesReadAsTheMapperReadsThem(@TempDir Path dir) throws IOException {
    String compact = Synthetic.text(300, 5, false);
    JsonNode tree = MAPPER.readTree(compact);
    String pretty = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    // Entries that do not start a line, after text that is not ASCII.
    String inline =
        compact
            .replace("\n{", "{")
            .replace("\"Synthetic Lab 0\"", "\"Synth\u00e9tic \u5b9e\u9a8c\u5ba4 0\"");
    Map<String, String> layouts =
        Map.of(
            "compact.json",
            compact,
            "pretty.json",
            pretty,
            "crlf.json",
            pretty.replace("\n", "\r\n"),
            "cr.json",
            pretty.replace("\n", "\r"),
            "inline.json",
            inline,
            "bom.json",
            "\ufeff" + pretty,
            "as-of-last.json",
            "{\"format\":\"advisor.catalog/v1\",\"models\":"
                + tree.get("models")
                + ",\n\"as_of\":\"2026-01-01\"}");
    for (Map.Entry<String, String> layout : layouts.entrySet()) {
      Path file = Synthetic.write(dir, layout.getKey(), layout.getValue());
      String name = file.toString();
      CatalogFile expected = mapped(file, name);
      QuickRead quick = new QuickRead(REGISTRIES.licenses(), REGISTRIES.tasks());
      for (int threads : List.of(1, 2, 3)) {
        CatalogFile actual = quick.read(file, name, threads);
        assertThat(actual).as(layout.getKey() + " on %d threads", threads).isNotNull();
        assertThat(actual.asOf()).isEqualTo(expected.asOf());
        assertThat(actual.name()).isEqualTo(name);
        assertThat(actual.entries())
            .as(layout.getKey() + " on %d threads", threads)
            .isEqualTo(expected.entries());
      }
      if (!layout.getKey().equals("bom.json")) {
        // Cut and bound on several threads, not read again from the top.
        CatalogFile parallel = quick.parallel(java.nio.file.Files.readAllBytes(file), name, 3);
        assertThat(parallel).as(layout.getKey()).isNotNull();
        assertThat(parallel.entries()).isEqualTo(expected.entries());
      }
      assertThat(LOADER.read(file, name).entries()).isEqualTo(expected.entries());
    }
  }

  /** A bundled model with the most fields, with the mappings and lists it lacks filled in. */
  private static ObjectNode richest() {
    ObjectNode best = null;
    int most = -1;
    for (Model m : Catalogs.bundle().models()) {
      ObjectNode node = MAPPER.valueToTree(m);
      if (node.size() > most) {
        most = node.size();
        best = node;
      }
    }
    ObjectNode extra =
        (ObjectNode)
            MAPPER.valueToTree(
                Map.of(
                    "config",
                    Map.of(
                        "layers",
                        12,
                        "hidden_size",
                        768,
                        "attention",
                        "full",
                        "sliding_layers",
                        0,
                        "source",
                        "https://example.org/c",
                        "as_of",
                        "2026-01-01"),
                    "capabilities",
                    Map.of("tool_calling", true, "image_input", false, "as_of", "2026-01-01"),
                    "ecosystem",
                    List.of(Map.of("name", "vllm", "source", "https://example.org/e")),
                    "training_data",
                    List.of(Map.of("name", "c4", "license", "CC-BY-4.0")),
                    "imported",
                    Map.of("from", "huggingface-api", "as_of", "2026-01-01"),
                    "released",
                    "2024-05",
                    "base_model",
                    "bert-base-uncased",
                    "base_relation",
                    "finetune",
                    "checkpoint",
                    "base",
                    "cased",
                    true));
    ObjectNode rich = best;
    extra.fields().forEachRemaining(e -> rich.putIfAbsent(e.getKey(), e.getValue()));
    return rich;
  }

  /** The path of every value: fields, and the fields of the first element of each list. */
  private static List<List<String>> paths(JsonNode node, List<String> prefix) {
    List<List<String>> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      List<String> path = new ArrayList<>(prefix);
      path.add(f.getKey());
      out.add(path);
      JsonNode v = f.getValue();
      if (v.isObject()) {
        out.addAll(paths(v, path));
      } else if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
        List<String> first = new ArrayList<>(path);
        first.add("0");
        out.addAll(paths(v.get(0), first));
      }
    }
    return out;
  }

  private static void set(ObjectNode root, List<String> path, JsonNode value) {
    JsonNode at = root;
    for (int i = 0; i < path.size() - 1; i++) {
      String step = path.get(i);
      at = at.isArray() ? at.get(Integer.parseInt(step)) : at.get(step);
    }
    ((ObjectNode) at).set(path.get(path.size() - 1), value);
  }

  private static List<JsonNode> values() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    List<JsonNode> values = new ArrayList<>();
    values.add(f.nullNode());
    for (String s :
        List.of(
            "",
            "x",
            "X Y",
            "strong",
            "decoder",
            "complete",
            "full",
            "test",
            "vllm",
            "classification",
            "Text-Classification",
            "MIT",
            "mit",
            "Apache-2.0 OR MIT",
            "NOT-A-LICENSE",
            "2026-01-01",
            "2026-02-30",
            "2026-1-01",
            "2024",
            "2024-05",
            "https://example.org/x",
            "http://example.org/ x",
            "bert-base",
            "Bert")) {
      values.add(f.textNode(s));
    }
    for (long n : List.of(0L, 1L, -1L, 1950L, 2101L, 3_000_000_000L, Long.MAX_VALUE)) {
      values.add(f.numberNode(n));
    }
    values.add(f.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
    values.add(f.numberNode(1.5));
    values.add(f.numberNode(-0.0));
    values.add(f.booleanNode(true));
    values.add(f.booleanNode(false));
    values.add(f.objectNode());
    ArrayNode empty = f.arrayNode();
    values.add(empty);
    values.add(f.arrayNode().add("a").add("b"));
    values.add(f.arrayNode().add("a").addNull());
    values.add(f.arrayNode().add(1));
    values.add(f.arrayNode().add(f.objectNode()));
    values.add(f.arrayNode().addNull());
    values.add(f.arrayNode().add(f.objectNode().put("id", "classification").put("fit", "strong")));
    values.add(f.objectNode().put("source", "https://example.org").put("as_of", "2026-01-01"));
    return values;
  }
}
