package io.github.advisorcli.advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TableRendererTest {
  record Row(String name, String value) {}

  private static TableSpec<Row> spec(List<Row> rows) {
    return new TableSpec<>(
        List.of(Column.text("NAME", Row::name, 4, 30), Column.number("VALUE", Row::value)), rows);
  }

  @Test
  void cjkCellsAreMeasuredByDisplayWidthSoColumnsAlign() {
    List<String> lines =
        new TableRenderer(80, new Styles(false))
            .render(spec(List.of(new Row("文本分类", "1"), new Row("classification", "22"))));
    assertThat(lines).hasSize(4);
    int valueEnd = TextWidth.of(lines.get(0));
    for (String line : lines) {
      assertThat(TextWidth.of(line)).isEqualTo(valueEnd);
    }
    assertThat(lines.get(2)).isEqualTo("文本分类            1");
  }

  @Test
  void longCellsAreCutWithAnEllipsis() {
    List<String> lines =
        new TableRenderer(20, new Styles(false))
            .render(spec(List.of(new Row("a-very-long-model-name-indeed", "0.5"))));
    assertThat(lines.get(0)).isEqualTo("NAME           VALUE");
    assertThat(lines.get(2)).isEqualTo("a-very-long-…    0.5");
  }

  @Property(tries = 300)
  void noLineIsWiderThanTheWidth(
      @ForAll @Size(max = 6) List<@StringLength(max = 40) String> names,
      @ForAll @IntRange(min = 10, max = 160) int width) {
    List<Row> rows = names.stream().map(n -> new Row(n + "模型😀", n)).toList();
    for (String line : new TableRenderer(width, new Styles(false)).render(spec(rows))) {
      assertThat(TextWidth.of(line)).isLessThanOrEqualTo(width);
    }
  }

  record Wide(String id, String score, String a, String b, String note) {}

  private static TableSpec<Wide> wide(List<Wide> rows) {
    return new TableSpec<>(
        List.of(
            Column.id("MODEL", Wide::id),
            Column.number("SCORE", Wide::score),
            Column.number("A", Wide::a).droppable(1),
            Column.number("B", Wide::b).droppable(1),
            Column.text("NOTE", Wide::note, 4, 30).droppable(2)),
        rows);
  }

  @Test
  void narrowTablesHideDroppableColumnsBeforeCuttingIdsOrNumbers() {
    List<Wide> rows = List.of(new Wide("roberta-large-mnli", "0.82", "1.00", "0.75", "a note"));
    TableRenderer.Layout all = new TableRenderer(80, new Styles(false)).layout(wide(rows));
    assertThat(all.hidden()).isEmpty();
    assertThat(all.lines().get(2)).isEqualTo("roberta-large-mnli   0.82  1.00  0.75  a note");
    TableRenderer.Layout narrow = new TableRenderer(31, new Styles(false)).layout(wide(rows));
    // Text is cut to its minimum first; then the lowest drop order goes, right to left.
    assertThat(narrow.hidden()).containsExactly("A", "B");
    assertThat(narrow.lines().get(2)).isEqualTo("roberta-large-mnli   0.82  a n…");
    // 18 + 5 + 4 + 4 + 4 (the note at its minimum) + 4 gaps of 2
    assertThat(narrow.fullWidth()).isEqualTo(43);
    // Only when nothing is left to hide are identifiers cut, and numbers last.
    TableRenderer.Layout tiny = new TableRenderer(20, new Styles(false)).layout(wide(rows));
    assertThat(tiny.hidden()).containsExactly("A", "B", "NOTE");
    assertThat(tiny.lines().get(2)).isEqualTo("roberta-larg…   0.82");
  }

  @Test
  void theNoteNamesTheHiddenColumnsOnOneLine() {
    java.io.StringWriter text = new java.io.StringWriter();
    new Output(new java.io.PrintWriter(text), 30, new Styles(false))
        .table(wide(List.of(new Wide("roberta-large-mnli", "0.82", "1.00", "0.75", "a note"))));
    String[] lines = text.toString().split("\n");
    assertThat(String.join(" ", lines)).contains("3 columns hidden to fit (--width 43 shows all)");
    for (String line : lines) {
      assertThat(TextWidth.of(line)).isLessThanOrEqualTo(30);
    }
  }

  @Test
  void hangingWrapKeepsEveryLineWithinItsWidth() {
    String text = "models/a,b:c/m 100%.yaml:3:5  [license.denied] a fairly long message that wraps";
    List<String> lines = TextWidth.wrap(text, 38, 36);
    assertThat(TextWidth.of(lines.get(0))).isLessThanOrEqualTo(38);
    for (String line : lines.subList(1, lines.size())) {
      assertThat(TextWidth.of(line)).isLessThanOrEqualTo(36);
    }
  }

  @Test
  void controlCharactersNeverReachTheTerminal() {
    List<String> lines =
        new TableRenderer(100, new Styles(false))
            .render(spec(List.of(new Row("evil\u001b]0;title\u0007\u001b[2J", "1"))));
    assertThat(String.join("\n", lines)).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(lines.get(2)).startsWith("evil\\u001B]0;title\\u0007");
  }

  @Test
  void stylesOnlyWhenEnabled() {
    TableSpec<Row> styled =
        new TableSpec<>(
            List.of(Column.<Row>text("NAME", Row::name, 4, 30).styled(r -> Style.SCORE_HIGH)),
            List.of(new Row("x", "1")));
    assertThat(String.join("", new TableRenderer(80, new Styles(false)).render(styled)))
        .doesNotContain("\u001b");
    assertThat(new TableRenderer(80, new Styles(true)).render(styled).get(2))
        .isEqualTo("\u001b[32mx\u001b[39m");
  }

  @Test
  void csvIsRfc4180AndNeutralisesFormulas() {
    String csv =
        Csv.render(
            spec(
                List.of(
                    new Row("=HYPERLINK(\"x\")", "-0.5"),
                    new Row("a,b", "+1"),
                    new Row("@cmd", "-x"))));
    assertThat(csv)
        .isEqualTo("NAME,VALUE\r\n\"'=HYPERLINK(\"\"x\"\")\",-0.5\r\n\"a,b\",+1\r\n'@cmd,'-x\r\n");
  }

  @Test
  void markdownEscapesCellBoundariesAndMarkup() {
    String md = Markdown.render(spec(List.of(new Row("a|b *c*", "1"))));
    assertThat(md).isEqualTo("| NAME | VALUE |\n| --- | ---: |\n| a\\|b \\*c\\* | 1 |\n");
  }

  @Test
  void wrapRespectsDisplayWidth() {
    for (String line : TextWidth.wrap("这是一个很长的中文句子需要换行 and some english words too", 12)) {
      assertThat(TextWidth.of(line)).isLessThanOrEqualTo(12);
    }
  }
}
