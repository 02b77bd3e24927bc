package io.github.advisorcli.advisor.catalog.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Character columns worked out from the last one on the same line are those worked out from the
 * line's head.
 */
class CharacterColumnsTest {
  @Test
  void columnsInOrderAlongOneLineAreThoseFromTheLinesHead(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder("{\"models\": [");
    for (int i = 0; i < 50; i++) {
      text.append(i == 0 ? "" : ", ")
          .append("{\"id\": \"m")
          .append(i)
          .append("\", \"n\": \"文本")
          .append("é".repeat(i % 4))
          .append("\"}");
    }
    text.append("]}\n{\"x\": 1}\n");
    byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
    for (boolean bom : new boolean[] {false, true}) {
      Path file = dir.resolve(bom ? "bom.json" : "plain.json");
      byte[] bytes = body;
      if (bom) {
        bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
      }
      Files.write(file, bytes);
      // The byte offset (as Jackson gives it, after any byte order mark) of every '{' on line 1.
      List<Long> offsets = new ArrayList<>();
      for (int i = 0; i < body.length && body[i] != '\n'; i++) {
        if (body[i] == '{') {
          offsets.add((long) i);
        }
      }
      assertThat(offsets).hasSize(51);
      List<Integer> incremental = new ArrayList<>();
      ParseErrors.forgetLastColumn();
      for (long offset : offsets) {
        incremental.add(ParseErrors.characterColumn(file.toString(), 1, offset, (int) offset + 1));
      }
      List<Integer> fresh = new ArrayList<>();
      for (long offset : offsets) {
        ParseErrors.forgetLastColumn();
        fresh.add(ParseErrors.characterColumn(file.toString(), 1, offset, (int) offset + 1));
      }
      assertThat(incremental).as(file.getFileName().toString()).isEqualTo(fresh);
      String line = text.substring(0, text.indexOf("\n"));
      int last = offsets.get(offsets.size() - 1).intValue();
      int expected =
          line.codePointCount(0, new String(body, 0, last, StandardCharsets.UTF_8).length()) + 1;
      assertThat(fresh.get(fresh.size() - 1)).isEqualTo(expected).isLessThan(last + 1);
    }
  }
}
