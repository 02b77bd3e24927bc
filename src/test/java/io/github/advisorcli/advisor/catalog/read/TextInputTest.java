package io.github.advisorcli.advisor.catalog.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextInputTest {
  /** Everything the checked stream gives, read in chunks of {@code chunk} bytes. */
  private static byte[] read(byte[] input, int maxLine, int chunk) throws IOException {
    InputStream in = new TextInput(maxLine).decorate(null, new ByteArrayInputStream(input));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[chunk];
    int n;
    while ((n = in.read(buffer, 0, chunk)) >= 0) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static byte[] read(byte[] input) throws IOException {
    return read(input, 0, 8192);
  }

  private static byte[] bytes(String hex) {
    String[] parts = hex.trim().split("\\s+");
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void utf8TextPassesUnchangedWhateverTheChunkSize() throws IOException {
    byte[] text = utf8("models:\r\n  - {id: café, name: \"中文 😀\"}\n\tend\n");
    for (int chunk : new int[] {1, 2, 3, 5, 8192}) {
      assertThat(read(text, 0, chunk)).as("chunk %d", chunk).isEqualTo(text);
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsSkipped() throws IOException {
    assertThat(read(bytes("EF BB BF 7B 7D"))).isEqualTo(utf8("{}"));
    assertThat(read(bytes("EF BB BF"))).isEmpty();
    assertThat(read(new byte[0])).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          UTF-16LE BOM        | FF FE 7B 00         | the file starts with a UTF-16 or UTF-32 byte order mark
          UTF-16BE BOM        | FE FF 00 7B         | the file starts with a UTF-16 or UTF-32 byte order mark
          UTF-32LE BOM        | FF FE 00 00 7B 00   | the file starts with a UTF-16 or UTF-32 byte order mark
          UTF-32BE BOM        | 00 00 FE FF 00 00   | the file starts with a UTF-32 byte order mark
          UTF-16LE            | 7B 00 7D 00         | NUL bytes at the start, as in UTF-16 or UTF-32
          UTF-16BE            | 00 7B 00 7D         | NUL bytes at the start, as in UTF-16 or UTF-32
          UTF-32LE            | 7B 00 00 00         | NUL bytes at the start, as in UTF-16 or UTF-32
          one byte, NUL       | 00                  | NUL bytes at the start, as in UTF-16 or UTF-32
          NUL later           | 61 62 63 64 0A 00   | a NUL byte
          lone continuation   | 61 80               | the byte 80 starts no UTF-8 character
          C0 (overlong)       | C0 AF               | the byte C0 starts no UTF-8 character
          overlong 3 bytes    | E0 80 AF            | the bytes E0 80 are no UTF-8 character
          surrogate           | ED A0 80            | the bytes ED A0 are no UTF-8 character
          above U+10FFFF      | F4 90 80 80         | the bytes F4 90 are no UTF-8 character
          F5                  | 61 F5 80 80 80      | the byte F5 starts no UTF-8 character
          Latin-1 é           | 63 61 66 E9 0A      | the bytes E9 0A are no UTF-8 character
          cut at the end      | 61 62 63 E4 B8      | the file ends inside a multi-byte character
          """)
  void notUtf8TextIsRefused(String what, String hex, String message) {
    assertThatThrownBy(() -> read(bytes(hex), 0, 1))
        .isInstanceOf(TextInput.RejectedInputException.class)
        .hasMessageStartingWith("not UTF-8 text: " + message);
  }

  @Test
  void rawControlCharactersAreRefusedWithTheirLine() {
    assertThatThrownBy(() -> read(utf8("a: 1\r\nb: 2\nc: \u001B[31m\n")))
        .isInstanceOf(TextInput.RejectedInputException.class)
        .hasMessageStartingWith(
            "a raw control character (U+001B); write it escaped in a quoted string")
        .satisfies(
            e ->
                assertThat(((TextInput.RejectedInputException) e).getLocation().getLineNr())
                    .isEqualTo(3));
    assertThatThrownBy(() -> read(utf8("ok\u0007"))).hasMessageContaining("U+0007");
  }

  @Test
  void errorsNameTheLineCountingCrLfOnceAndLoneCrAsABreak() {
    assertThatThrownBy(() -> read(bytes("61 0D 0A 62 0D 63 0A 64 0A 00")))
        .satisfies(
            e ->
                assertThat(((TextInput.RejectedInputException) e).getLocation().getLineNr())
                    .isEqualTo(5));
  }

  @Test
  void linesAreBoundedWhenAsked() throws IOException {
    assertThat(read(utf8("0123456789\n0123456789\r\n"), 10, 3)).hasSize(23);
    // Multi-byte characters count by their bytes.
    assertThat(read(utf8("ééééé\n"), 10, 1)).hasSize(11);
    assertThatThrownBy(() -> read(utf8("short\n0123456789A\n"), 10, 4))
        .isInstanceOf(TextInput.RejectedInputException.class)
        .hasMessageStartingWith(
            "the line is longer than 10 bytes; split long text over several lines")
        .satisfies(
            e ->
                assertThat(((TextInput.RejectedInputException) e).getLocation().getLineNr())
                    .isEqualTo(2));
    // No limit: one line of 3 MiB is fine.
    byte[] longLine = utf8("x".repeat(3 << 20));
    assertThat(read(longLine)).hasSize(longLine.length);
  }

  @Test
  void boundedLinesPassTextUnchangedWhateverTheChunkSize() throws IOException {
    byte[] text = utf8("models:\r\n  - {id: café, name: \"中文 😀\"}\n\tend\n".repeat(20_000));
    for (int chunk : new int[] {1, 7, 8192, 1 << 20}) {
      assertThat(read(text, 64, chunk)).as("chunk %d", chunk).isEqualTo(text);
      assertThat(read(text, 1 << 20, chunk)).as("chunk %d", chunk).isEqualTo(text);
    }
  }

  @Test
  void anOverLongLineIsRefusedBeforeTheRestIsReadOrHandedOn() {
    int limit = 1000;
    long[] pulled = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            pulled[0]++;
            return pulled[0] == 1 ? '[' : 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
              b[off + i] = (byte) read();
            }
            return len;
          }
        };
    InputStream in = new TextInput(limit).decorate(null, endless);
    ByteArrayOutputStream handedOn = new ByteArrayOutputStream();
    assertThatThrownBy(
            () -> {
              byte[] buffer = new byte[100];
              int n;
              while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
                handedOn.write(buffer, 0, n);
              }
            })
        .hasMessageStartingWith("the line is longer than 1,000 bytes")
        .satisfies(
            e ->
                assertThat(((TextInput.RejectedInputException) e).getLocation().getLineNr())
                    .isEqualTo(1));
    assertThat(pulled[0]).isLessThanOrEqualTo(4L * limit);
    assertThat(handedOn.size()).isZero();
  }

  @Test
  void otherErrorsFoundAheadWaitForTheReaderToReachThem() throws IOException {
    byte[] text = utf8("a: 1\nb: 2\nc: \u0001\n");
    InputStream in = new TextInput(1000).decorate(null, new ByteArrayInputStream(text));
    byte[] buffer = new byte[64];
    int n = in.read(buffer, 0, buffer.length);
    assertThat(new String(buffer, 0, n, StandardCharsets.UTF_8)).isEqualTo("a: 1\nb: 2\nc: ");
    assertThatThrownBy(() -> in.read(buffer, 0, buffer.length))
        .hasMessageStartingWith("a raw control character (U+0001)")
        .satisfies(
            e ->
                assertThat(((TextInput.RejectedInputException) e).getLocation().getLineNr())
                    .isEqualTo(3));
    assertThatThrownBy(() -> read(bytes("61 0A C3"), 1000, 1))
        .hasMessageContaining("the file ends inside a multi-byte character");
  }

  @Test
  void singleByteReadsWork() throws IOException {
    InputStream in = new TextInput(0).decorate(null, new ByteArrayInputStream(utf8("é")));
    assertThat(in.read()).isEqualTo(0xC3);
    assertThat(in.read()).isEqualTo(0xA9);
    assertThat(in.read()).isEqualTo(-1);
  }
}
