package io.github.advisorcli.advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published schemas compile, and meet Ajv's strict mode rule that trips most often
 * (strictTypes): a keyword that applies to one type only sits beside a "type" that names it.
 * Checked by hand with Ajv 8 (strict: true) as well.
 */
class SchemaStrictnessTest {
  private static final Map<String, Set<String>> KEYWORD_TYPES =
      Map.of(
          "minimum", Set.of("number", "integer"),
          "maximum", Set.of("number", "integer"),
          "exclusiveMinimum", Set.of("number", "integer"),
          "exclusiveMaximum", Set.of("number", "integer"),
          "multipleOf", Set.of("number", "integer"),
          "minLength", Set.of("string"),
          "maxLength", Set.of("string"),
          "pattern", Set.of("string"),
          "minItems", Set.of("array"),
          "maxItems", Set.of("array"));

  static Stream<Path> schemas() throws Exception {
    return Files.list(CliRun.basedir().resolve("catalog/schema"))
        .filter(p -> p.toString().endsWith(".json"))
        .sorted();
  }

  @ParameterizedTest
  @MethodSource("schemas")
  void compilesAndNamesTypesForTypedKeywords(Path file) throws Exception {
    JsonNode schema = new ObjectMapper().readTree(file.toFile());
    SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    List<String> problems = new ArrayList<>();
    walk(schema, "#", problems);
    assertThat(problems).isEmpty();
  }

  private static void walk(JsonNode node, String at, List<String> problems) {
    if (node.isObject()) {
      for (Map.Entry<String, Set<String>> k : KEYWORD_TYPES.entrySet()) {
        if (node.has(k.getKey()) && !node.get(k.getKey()).isObject()) {
          JsonNode type = node.get("type");
          boolean named = false;
          if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
              named |= k.getValue().contains(t.asText());
            }
          }
          if (!named) {
            problems.add(at + ": '" + k.getKey() + "' without a matching \"type\"");
          }
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        walk(f.getValue(), at + "/" + f.getKey(), problems);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, problems);
      }
    }
  }
}
