package io.github.advisorcli.advisor.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.advisorcli.advisor.testing.Backstop;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWidthTest {
  @Test
  void wrapsWordsAndCutsAWordLongerThanALine() {
    assertThat(TextWidth.wrap("one two three", 7)).containsExactly("one two", "three");
    assertThat(TextWidth.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    assertThat(TextWidth.wrap("x abcdefghij", 4)).containsExactly("x", "abcd", "efgh", "ij");
  }

  @Test
  void cutsALongWordAfterAHyphenOrSlashInReach() {
    assertThat(TextWidth.wrap("org/model-name-v2", 8)).containsExactly("org/", "model-", "name-v2");
  }

  @Test
  void hangingIndentAppliesFromTheSecondLine() {
    assertThat(TextWidth.wrap("abcdefgh", 5, 3)).containsExactly("abcde", "fgh");
  }

  @Test
  void wideCharactersTakeTwoColumns() {
    assertThat(TextWidth.wrap("文本分类模型", 4)).containsExactly("文本", "分类", "模型");
    assertThat(TextWidth.wrap("ab文c", 3)).containsExactly("ab", "文c");
  }

  @Test
  void emptyTextIsOneEmptyLine() {
    assertThat(TextWidth.wrap("", 10)).containsExactly("");
  }

  /**
   * One word of 8 Mi characters, eight times the longest string a catalog may hold: cutting it is
   * linear (a pass over the word), where re-measuring the rest after every cut took minutes for 1
   * MiB and would take hours here. The backstop only guards against that hang.
   */
  @Test
  void cuttingAHugeWordIsLinear() {
    String word = "a".repeat(8 << 20);
    List<String> lines =
        assertTimeoutPreemptively(Backstop.inProcess(), () -> TextWidth.wrap(word, 78));
    assertThat(lines).hasSize((8 << 20) / 78 + 1);
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(78));
    assertThat(String.join("", lines)).isEqualTo(word);
  }
}
