package io.github.advisorcli.advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanitizeTest {
  @Test
  void controlCharactersBecomeVisible() {
    assertThat(Sanitize.line("\u001B]0;title\u0007\u001B[31mred\u001B[0m"))
        .isEqualTo("\\u001B]0;title\\u0007\\u001B[31mred\\u001B[0m");
    assertThat(Sanitize.line("a\u0000b\u007Fc\u009B31m")).isEqualTo("a\\u0000b\\u007Fc\\u009B31m");
  }

  @Test
  void bidiAndOtherFormatCharactersBecomeVisible() {
    assertThat(Sanitize.line("abc\u202Efed")).isEqualTo("abc\\u202Efed");
    assertThat(Sanitize.line("\u2066x\u2069\u200Fy\uFEFF"))
        .isEqualTo("\\u2066x\\u2069\\u200Fy\\uFEFF");
    assertThat(Sanitize.line("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
    assertThat(Sanitize.line("lone \uD800 surrogate")).isEqualTo("lone \\uD800 surrogate");
  }

  @Test
  void lineBreaksAndTabsBecomeSpaces() {
    assertThat(Sanitize.line("one\r\ntwo\tthree\rfour\nfive"))
        .isEqualTo("one  two three four five");
  }

  @Test
  void ordinaryTextIsKept() {
    String text = "BERT-Base — 中文 😀 👩‍💻 naïve";
    assertThat(Sanitize.line(text)).isSameAs(text);
    assertThat(Sanitize.line(null)).isEmpty();
  }

  @Test
  void messagesAreCut() {
    assertThat(Sanitize.message("short")).isEqualTo("short");
    String cut = Sanitize.message("x".repeat(5000));
    assertThat(cut).hasSize(Sanitize.MAX_MESSAGE).endsWith("x…");
    String emoji = Sanitize.message("x".repeat(Sanitize.MAX_MESSAGE - 2) + "😀😀😀");
    assertThat(emoji).endsWith("x…").hasSize(Sanitize.MAX_MESSAGE - 1);
    assertThat(Sanitize.message("a\u001Bb\nc")).isEqualTo("a\\u001Bb c");
  }
}
