package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.advisorcli.advisor.testing.CliRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells hold plain values: no markers, no JSON, lists joined with "; ". */
class CsvPlainValuesTest {
  private static List<List<String>> rows(String csv) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
      return it.readAll();
    }
  }

  @Test
  void compareHasNoStarMarkers() throws Exception {
    String csv = CliRun.run("compare", "roberta-large", "t5-small", "--format", "csv").out();
    assertThat(csv).doesNotContain("★");
    assertThat(CliRun.run("compare", "roberta-large", "t5-small").out()).contains("★");
    assertThat(rows(csv).get(2)).containsExactly("parameters", "355M", "60M");
  }

  @Test
  void compareJoinsListsWithSemicolons() throws Exception {
    String csv = CliRun.run("compare", "roberta-large", "t5-small", "--format", "csv").out();
    List<String> languages =
        rows(csv).stream().filter(r -> r.get(0).equals("languages")).findFirst().orElseThrow();
    assertThat(languages).containsExactly("languages", "en", "en; de; fr; ro");
  }

  @Test
  void showHasNoJsonInCells() throws Exception {
    List<List<String>> rows =
        rows(CliRun.run("show", "roberta-large", "--format", "csv").assertOk().out());
    for (List<String> row : rows) {
      assertThat(row.get(1)).as(row.get(0)).doesNotStartWith("{").doesNotStartWith("[");
    }
    assertThat(rows).contains(List.of("tasks.1.id", "classification"));
  }

  @Test
  void listJoinsTasksWithSemicolons() throws Exception {
    List<List<String>> rows = rows(CliRun.run("list", "--format", "csv").assertOk().out());
    int tasks = rows.get(0).indexOf("TASKS");
    assertThat(rows.stream().anyMatch(r -> r.get(tasks).contains("; "))).isTrue();
    assertThat(rows.stream().noneMatch(r -> r.get(tasks).matches(".*,\\S.*"))).isTrue();
  }

  @Test
  void explainInCsvOrMarkdownSaysWhereItIs() {
    for (String format : new String[] {"csv", "markdown"}) {
      CliRun run =
          CliRun.run("recommend", "--task", "classification", "--explain", "--format", format)
              .assertOk();
      assertThat(run.err()).contains("--explain").contains("JSON");
    }
    assertThat(CliRun.run("recommend", "--task", "classification", "--format", "csv").err())
        .isEmpty();
  }
}
