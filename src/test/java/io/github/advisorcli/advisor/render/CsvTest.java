package io.github.advisorcli.advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          =1+1                         | '=1+1
          =HYPERLINK("http://x","y")   | '=HYPERLINK("http://x","y")
          +cmd                         | '+cmd
          -2+3                         | '-2+3
          @SUM(A1:A2)                  | '@SUM(A1:A2)
          `   =1+1`                    | `'   =1+1`
          `\t=1`                       | `'\t=1`
          42                           | 42
          -1.5                         | -1.5
          +7                           | +7
          1e10                         | 1e10
          -                            | '-
          plain text                   | plain text
          a-b=c                        | a-b=c
          """)
  void formulasAreNeutralised(String value, String expected) {
    String v = value.replace("\\t", "\t");
    assertThat(Csv.neutralize(v)).isEqualTo(expected.replace("\\t", "\t"));
  }

  @Test
  void carriageReturnAtTheStartIsNeutralised() {
    assertThat(Csv.neutralize("\r=1")).isEqualTo("'\r=1");
    assertThat(Csv.neutralize("")).isEmpty();
  }

  @Test
  void fieldsAreQuotedAsRfc4180Says() {
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("=a,b")).isEqualTo("\"'=a,b\"");
  }

  @Test
  void cellsAreSanitisedBeforeTheyAreWritten() {
    record Row(String name) {}
    TableSpec<Row> table =
        new TableSpec<>(
            List.of(Column.<Row>text("NAME", Row::name, 4, 40)),
            List.of(new Row("=cmd\u001B[31m\r\nnext"), new Row("\t@x")));
    String csv = Csv.render(table);
    assertThat(csv).isEqualTo("NAME\r\n'=cmd\\u001B[31m  next\r\n' @x\r\n");
  }
}
