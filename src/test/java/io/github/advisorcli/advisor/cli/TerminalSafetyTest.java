package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.advisorcli.advisor.testing.CliRun;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

/**
 * Text from catalogs and manifests never reaches the terminal as control characters: no ESC or BEL
 * (or C1 CSI) byte in any format, and no CSV cell that a spreadsheet would run as a formula.
 */
class TerminalSafetyTest {
  private static final String CATALOG = "src/test/resources/hostile/catalog/escape-sequences.yaml";
  private static final String MANIFEST =
      "src/test/resources/hostile/manifest/escape-sequences.yaml";
  private static final String NAME =
      "=HYPERLINK(\"http://evil.example/\",\"click\") \u001B]0;pwned\u0007\u001B[31mRED\u001B[0m"
          + " \u009B31m \u202Eevil";

  private static CliRun withCatalog(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--no-default-catalog";
    all[1] = "--catalog";
    all[2] = CATALOG;
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.run(all);
  }

  private static void assertNoControls(CliRun run, String format) {
    for (String stream : List.of(run.out(), run.err())) {
      assertThat(stream)
          .as("output:%n%s", stream)
          .doesNotContain("\u001B")
          .doesNotContain("\u0007")
          .doesNotContain("\u009B");
      if (!format.equals("yaml")) {
        // YAML escapes every control character; a bidi override is printable text to YAML.
        assertThat(stream).doesNotContain("\u202E");
      }
      if (!format.equals("csv")) {
        // CSV ends its lines with CRLF by design; nothing else prints a CR.
        assertThat(stream).doesNotContain("\r");
      }
    }
  }

  static Stream<Arguments> catalogOutputs() {
    List<Arguments> runs = new ArrayList<>();
    for (String format : List.of("table", "markdown", "csv", "json", "yaml")) {
      runs.add(Arguments.of(format, List.of("list", "--format", format)));
      runs.add(
          Arguments.of(
              format, List.of("recommend", "--task", "classification", "--format", format)));
      runs.add(
          Arguments.of(format, List.of("compare", "evil-name", "plain-model", "--format", format)));
    }
    runs.add(Arguments.of("table", List.of("show", "evil-name")));
    runs.add(Arguments.of("json", List.of("show", "evil-name", "--format", "json")));
    runs.add(
        Arguments.of(
            "table", List.of("recommend", "--task", "classification", "--explain", "--top", "2")));
    runs.add(Arguments.of("table", List.of("show", "evil")));
    return runs.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("catalogOutputs")
  void catalogTextIsMadeSafeInEveryFormat(String format, List<String> args) throws Exception {
    CliRun run = withCatalog(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isIn(0, 2);
    assertNoControls(run, format);
    if (format.equals("csv")) {
      for (String cell : cells(run.out())) {
        assertThat(cell).as("CSV cell").doesNotMatch("(?s)^ *[=+\\-@\t\r].*|.*\u001B.*");
      }
    }
  }

  @Test
  void theTableShowsEscapesAsText() {
    CliRun run = withCatalog("show", "evil-name").assertOk();
    assertThat(run.out())
        .contains("\\u001B]0;pwned\\u0007\\u001B[31mRED\\u001B[0m \\u009B31m")
        .contains("\\u202Eevil (evil-name)")
        .contains("\\u001B[2J\\u001B[HOrg\\u0007")
        .contains("first line  second \\u001B[31mred\\u001B[0m\\u2028third");
  }

  @Test
  void jsonKeepsTheValueExactlyButEscapesIt() throws Exception {
    CliRun run = withCatalog("list", "--format", "json").assertOk();
    assertThat(run.out()).contains("\\u001B]0;pwned\\u0007").contains("\\u009B31m \\u202Eevil");
    JsonNode models = new ObjectMapper().readTree(run.out()).get("models");
    assertThat(models.get(0).get("name").asText()).isEqualTo(NAME);
  }

  @Test
  void aNameStartingWithEqualsNeverStartsACsvCell() throws Exception {
    CliRun run = withCatalog("list", "--format", "csv").assertOk();
    List<String> cells = cells(run.out());
    assertThat(cells).contains("'=cmd|' /C calc'!A0");
    assertThat(cells).noneMatch(c -> c.startsWith("="));
    CliRun compare =
        withCatalog("compare", "evil-name", "plain-model", "--format", "csv").assertOk();
    assertThat(cells(compare.out())).contains("'+en; -fr\\u001B[1m; @de");
  }

  private static List<String> cells(String csv) throws Exception {
    List<String> cells = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> rows =
        mapper.readerFor(String[].class).readValues(new StringReader(csv))) {
      while (rows.hasNext()) {
        cells.addAll(List.of(rows.next()));
      }
    }
    return cells;
  }

  static Stream<String> checkFormats() {
    return Stream.of(
        "table", "json", "junit", "sarif", "github", "markdown", "cyclonedx", "spdx", "notice");
  }

  @ParameterizedTest(name = "check --format {0}")
  @MethodSource("checkFormats")
  void manifestTextIsMadeSafeInEveryFormat(String format) throws Exception {
    CliRun run = CliRun.run("check", "--manifest", MANIFEST, "--format", format).assertExit(1);
    assertNoControls(run, format);
    switch (format) {
      case "junit" -> {
        // XML 1.0 allows no control characters but tab, CR and LF: this must parse.
        var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        builder.parse(new InputSource(new StringReader(run.out())));
        assertThat(run.out()).contains("excepted: \\u001B]0;pwned\\u0007 offline");
      }
      case "cyclonedx", "spdx" -> {
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.toString()).contains("services/\\u001B[31mred");
      }
      case "json", "sarif" -> {
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.toString()).contains("pwned");
      }
      case "github" -> assertThat(run.out().lines()).allMatch(l -> l.startsWith("::"));
      case "table" -> assertThat(run.out()).contains("services/\\u001B[31mred\\u001B[0m\\u0007");
      default -> {}
    }
  }
}
