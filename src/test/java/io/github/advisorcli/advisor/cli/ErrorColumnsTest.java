package io.github.advisorcli.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.advisorcli.advisor.testing.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error columns count characters, as editors do, in JSON (which Jackson reads as bytes) as in YAML:
 * a line with Chinese text before the error names the same column in both.
 */
class ErrorColumnsTest {
  private static final String HEAD =
      "{\"format\": \"advisor.catalog/v1\", \"as_of\": \"2026-01-01\", \"models\": [{\"id\": \"x\","
          + " \"name\": \"文本分类\", ";

  private static int column(String line, String token) {
    return line.codePointCount(0, line.indexOf(token)) + 1;
  }

  @Test
  void anUnknownFieldAfterChineseText(@TempDir Path dir) throws Exception {
    String line = HEAD + "\"bogus\": 1}]}";
    Path file = dir.resolve("c.json");
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("--catalog", file.toString(), "list").assertExit(2);
    assertThat(run.err()).startsWith("advisor: " + file + ":1:" + column(line, "\"bogus\"") + ": ");
  }

  @Test
  void aSyntaxErrorAfterChineseText(@TempDir Path dir) throws Exception {
    String line = HEAD + "\"year\": tru}]}";
    Path file = dir.resolve("c.json");
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("--catalog", file.toString(), "list").assertExit(2);
    assertThat(run.err()).startsWith("advisor: " + file + ":1:" + column(line, "tru") + ": ");
  }

  @Test
  void aByteOrderMarkIsNotAColumn(@TempDir Path dir) throws Exception {
    String line = HEAD + "\"bogus\": 1}]}";
    Path file = dir.resolve("c.json");
    Files.write(
        file,
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            line.getBytes(StandardCharsets.UTF_8)));
    CliRun run = CliRun.run("--catalog", file.toString(), "list").assertExit(2);
    assertThat(run.err()).startsWith("advisor: " + file + ":1:" + column(line, "\"bogus\"") + ": ");
  }

  @Test
  void aJsonManifestToo(@TempDir Path dir) throws Exception {
    String line = "{\"models\": [{\"id\": \"roberta-large\", \"where\": \"服务/分类\", \"bogus\": 1}]}";
    Path file = dir.resolve("advisor.json");
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.run("check", "--manifest", file.toString()).assertExit(2);
    assertThat(run.err()).contains(":1:" + column(line, "\"bogus\"") + ": ");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
