package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.advisorcli.advisor.render.TextWidth;
import io.github.advisorcli.advisor.testing.CliRun;
import io.github.advisorcli.advisor.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden output of every listing command, in every format, in English and Chinese, with tables at
 * widths 80 and 140; and the checks that hold for all of them.
 */
class OutputMatrixTest {
  private static final String MINI = "src/test/resources/catalog/mini.yaml";

  /** Command name → its arguments over the mini catalog. */
  static final List<List<String>> COMMANDS =
      List.of(
          List.of("recommend", "recommend", "--task", "classification"),
          List.of("show", "show", "enc-small"),
          List.of(
              "compare", "compare", "enc-small", "enc-large", "dec-7b", "--task", "classification"),
          List.of("list", "list"),
          List.of("licenses", "licenses", "--category", "permissive"),
          List.of("tasks", "tasks"),
          List.of("criteria", "criteria"));

  static Stream<Arguments> tables() {
    List<Arguments> args = new ArrayList<>();
    for (List<String> c : COMMANDS) {
      for (String lang : List.of("en", "zh")) {
        for (int width : new int[] {80, 140}) {
          args.add(Arguments.of(c.get(0), c.subList(1, c.size()), lang, width));
        }
      }
    }
    return args.stream();
  }

  static Stream<Arguments> formats() {
    List<Arguments> args = new ArrayList<>();
    for (List<String> c : COMMANDS) {
      for (String lang : List.of("en", "zh")) {
        for (String format : List.of("json", "csv", "markdown", "yaml")) {
          args.add(Arguments.of(c.get(0), c.subList(1, c.size()), lang, format));
        }
      }
    }
    return args.stream();
  }

  private static CliRun run(List<String> command, String lang, int width, String format) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--no-default-catalog",
                "--catalog",
                MINI,
                "--lang",
                lang,
                "--width",
                Integer.toString(width)));
    all.addAll(command);
    all.addAll(List.of("--format", format));
    return CliRun.run(all.toArray(String[]::new)).assertOk();
  }

  @ParameterizedTest(name = "{0} {2} width {3}")
  @MethodSource("tables")
  void tablesFitTheWidthAndMatchTheirGolden(
      String name, List<String> command, String lang, int width) {
    CliRun run = run(command, lang, width, "table");
    assertThat(run.err()).isEmpty();
    for (String line : run.out().split("\n")) {
      assertThat(TextWidth.of(line))
          .as("line wider than %d: %s", width, line)
          .isLessThanOrEqualTo(width);
      assertThat(line).doesNotContain("\u001b");
    }
    Golden.assertMatches(run.out(), name + "/table-" + lang + "-" + width + ".txt");
  }

  @ParameterizedTest(name = "{0} {2} {3}")
  @MethodSource("formats")
  void formatsParseAndMatchTheirGolden(
      String name, List<String> command, String lang, String format) throws Exception {
    CliRun run = run(command, lang, 100, format);
    String out = run.out();
    assertThat(out).doesNotContain("\u001b");
    switch (format) {
      case "json" -> {
        var node = new ObjectMapper().readTree(out);
        assertThat(node.get("schema").asText()).startsWith("advisor.");
      }
      case "yaml" -> {
        var node = new YAMLMapper().readTree(out);
        assertThat(node.get("schema").asText()).startsWith("advisor.");
      }
      case "csv" -> {
        assertThat(out).contains("\r\n");
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows =
            csv.readerForListOf(String.class).readValues(out)) {
          List<List<String>> all = rows.readAll();
          assertThat(all).hasSizeGreaterThan(1);
          int columns = all.get(0).size();
          all.forEach(r -> assertThat(r).hasSize(columns));
        }
      }
      case "markdown" ->
          assertThat(out.lines().skip(1).findFirst().orElse("")).matches("\\|( -{3,}:? \\|)+");
      default -> throw new AssertionError(format);
    }
    String ext = format.equals("markdown") ? "md" : format;
    Golden.assertMatches(out, name + "/" + format + "-" + lang + "." + ext);
  }
}
