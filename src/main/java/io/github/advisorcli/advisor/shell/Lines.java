package io.github.advisorcli.advisor.shell;

import io.github.advisorcli.advisor.AdvisorException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lines of standard input and the history file, read within bounds. */
public final class Lines {
  /** The longest line a script for the shell or answers for the wizard may have. */
  public static final int MAX = 64 * 1024;

  /** The largest history file the shell reads; a larger one is not advisor's. */
  static final long MAX_HISTORY = 16L << 20;

  private final Reader in;
  private int number;

  public Lines(Reader in) {
    this.in = in;
  }

  /**
   * The next line without its end, or null at the end of input; a line longer than {@link #MAX}
   * characters is an error, read no further.
   */
  public String next() {
    StringBuilder line = new StringBuilder();
    try {
      int c;
      while ((c = in.read()) != -1) {
        if (c == '\n') {
          break;
        }
        if (line.length() >= MAX) {
          throw new AdvisorException(
              String.format(
                  java.util.Locale.ROOT,
                  "standard input, line %d: longer than %,d characters",
                  number + 1,
                  MAX));
        }
        line.append((char) c);
      }
      if (c == -1 && line.isEmpty()) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    number++;
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') {
      line.setLength(end - 1);
    }
    return line.toString();
  }

  /**
   * Why the history file cannot be used, or null when it can (or does not exist yet): it must be a
   * regular file this user can read and write, of UTF-8 text, at most 16 MB.
   */
  static String historyProblem(Path history) {
    if (!Files.exists(history)) {
      Path dir = history.toAbsolutePath().getParent();
      return dir == null || !Files.exists(dir) || Files.isDirectory(dir) && Files.isWritable(dir)
          ? null
          : "its folder cannot be written";
    }
    if (!Files.isRegularFile(history)) {
      return "it is not a regular file";
    }
    if (!Files.isReadable(history) || !Files.isWritable(history)) {
      return "permission denied";
    }
    try {
      if (Files.size(history) > MAX_HISTORY) {
        return "it is larger than 16 MB";
      }
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(history)));
      return null;
    } catch (CharacterCodingException e) {
      return "it is not UTF-8 text";
    } catch (IOException e) {
      return AdvisorException.reason(e);
    }
  }
}
