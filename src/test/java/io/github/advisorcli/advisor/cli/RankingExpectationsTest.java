package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.testing.Catalogs;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed expectations ({@code src/test/resources/expectations/rankings.yaml}), each written
 * from the literature, asserted on the default ranking of the shipped catalog: {@code recommend
 * --task T} with no other option.
 */
class RankingExpectationsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, List<String>> ORDERS = new HashMap<>();

  private static synchronized List<String> order(String task) {
    return ORDERS.computeIfAbsent(
        task,
        t -> {
          CliRun run =
              CliRun.run("recommend", "--task", t, "--top", "1000", "--format", "json").assertOk();
          try {
            List<String> ids = new ArrayList<>();
            JSON.readTree(run.out()).get("results").forEach(r -> ids.add(r.get("id").asText()));
            return ids;
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> theDefaultRankingMeetsEveryExpectation() throws IOException {
    JsonNode claims =
        YAML.readTree(
                CliRun.basedir().resolve("src/test/resources/expectations/rankings.yaml").toFile())
            .get("claims");
    Catalog catalog = Catalogs.bundled();
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode claim : claims) {
      String task = claim.get("task").asText();
      String why = claim.get("why").asText();
      String name = task + ": " + claim.get("kind").asText() + " — " + why;
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                boolean holds = holds(claim, order(task), catalog);
                if (claim.hasNonNull("pending")) {
                  assertThat(holds)
                      .as("the claim holds now: remove its pending reason (%s)", name)
                      .isFalse();
                  Assumptions.abort("pending: " + claim.get("pending").asText());
                }
                assertThat(holds)
                    .as("%s%n  source: %s%n  order: %s", name, claim.get("source"), order(task))
                    .isTrue();
              }));
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private static boolean holds(JsonNode claim, List<String> order, Catalog catalog) {
    int top = claim.has("top") ? claim.get("top").asInt() : order.size();
    List<String> head = order.subList(0, Math.min(top, order.size()));
    return switch (claim.get("kind").asText()) {
      case "above" -> {
        int than = order.indexOf(claim.get("than").asText());
        assertThat(than).as("%s is ranked", claim.get("than")).isGreaterThanOrEqualTo(0);
        boolean any = false;
        for (JsonNode id : claim.get("any_of")) {
          int at = order.indexOf(id.asText());
          any |= at >= 0 && at < than;
        }
        yield any;
      }
      case "top_none" -> head.stream().noneMatch(matcher(claim.get("match"), catalog));
      case "top_all" ->
          !head.isEmpty() && head.stream().allMatch(matcher(claim.get("match"), catalog));
      case "top_some" -> head.stream().anyMatch(matcher(claim.get("match"), catalog));
      default -> throw new IllegalArgumentException("unknown kind " + claim.get("kind"));
    };
  }

  private static Predicate<String> matcher(JsonNode match, Catalog catalog) {
    if (match.has("ids")) {
      List<String> ids = new ArrayList<>();
      match.get("ids").forEach(i -> ids.add(i.asText()));
      return ids::contains;
    }
    if (match.has("id_pattern")) {
      Pattern p = Pattern.compile(match.get("id_pattern").asText());
      return id -> p.matcher(id).matches();
    }
    return id -> {
      Model m = catalog.find(id).orElseThrow();
      if (match.has("checkpoint")) {
        return m.checkpoint() != null
            && m.checkpoint().id().equals(match.get("checkpoint").asText());
      }
      if (match.has("cased")) {
        return m.cased() != null && m.cased() == match.get("cased").asBoolean();
      }
      throw new IllegalArgumentException("unknown match " + match);
    };
  }
}
