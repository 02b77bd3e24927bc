package io.github.advisorcli.advisor.catalog.read;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.catalog.CatalogException;
import io.github.advisorcli.advisor.catalog.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Turns Jackson's exceptions into one line a user can act on, with the file, line and column. */
public final class ParseErrors {
  private static final String DOCUMENT_TOO_LONG = "the YAML document is longer than the limit";

  private ParseErrors() {}

  public static CatalogException describe(String file, JsonProcessingException e) {
    return describe(file, e, null);
  }

  /**
   * Like {@link #describe(String, JsonProcessingException)}; {@code parser} (may be null) gives the
   * place when the exception carries none, as for a broken parser limit.
   */
  public static CatalogException describe(
      String file, JsonProcessingException e, JsonParser parser) {
    JsonProcessingException cause = unwrap(e);
    SourceLocation at = location(file, cause.getLocation());
    TextInput.RejectedInputException rejected = find(e, TextInput.RejectedInputException.class);
    if (rejected != null
        && rejected.getLocation() != null
        && rejected.getLocation().getLineNr() > 0) {
      at = location(file, rejected.getLocation());
    } else if (at.line() <= 0 && parser != null) {
      at = location(file, parser.currentLocation());
    }
    String message = message(cause);
    if (message.startsWith(DOCUMENT_TOO_LONG)) {
      at = SourceLocation.of(file); // the whole document is the problem, not where reading stopped
    }
    return new CatalogException(message, at, e);
  }

  /**
   * The parse error inside the mapping error Jackson wraps it in when it happens while binding (as
   * inside a list).
   */
  private static JsonProcessingException unwrap(JsonProcessingException e) {
    JsonProcessingException at = e;
    while (at instanceof JsonMappingException
        && at.getCause() instanceof JsonProcessingException inner
        && at.getCause() != at) {
      at = inner;
    }
    return at;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  public static SourceLocation location(String file, JsonLocation at) {
    if (at == null || at == JsonLocation.NA || at.getLineNr() <= 0) {
      return SourceLocation.of(file);
    }
    int column = Math.max(at.getColumnNr(), 0);
    if (at.getByteOffset() >= 0 && column > 1) {
      column = characterColumn(file, at.getLineNr(), at.getByteOffset(), column);
    }
    return new SourceLocation(file, at.getLineNr(), column);
  }

  /** Longest line head re-read to count characters; beyond it the byte column stands. */
  private static final int MAX_LINE_HEAD = 4 << 20;

  /**
   * The last column worked out on this thread: the entries of a file come in order, so the next one
   * on the same line needs only the bytes between the two (a catalog on one line would otherwise be
   * re-read from its start for every entry). Valid while the file keeps its size and time.
   */
  private record Last(
      String file,
      long size,
      long modified,
      int line,
      long byteOffset,
      long position,
      int column) {}

  private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

  /**
   * Jackson counts columns in bytes when it reads bytes, as it does for JSON; people and editors
   * count characters. Re-reads the line's head from the file, when {@code file} names a regular
   * file, and counts its code points; otherwise (standard input, a resource) the byte column
   * stands.
   */
  static int characterColumn(String file, int line, long byteOffset, int byteColumn) {
    java.nio.file.Path path;
    try {
      path = java.nio.file.Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      return byteColumn;
    }
    int length = byteColumn - 1;
    if (length > MAX_LINE_HEAD || !java.nio.file.Files.isRegularFile(path)) {
      return byteColumn;
    }
    try (java.nio.channels.SeekableByteChannel in = java.nio.file.Files.newByteChannel(path)) {
      long size = in.size();
      long modified = java.nio.file.Files.getLastModifiedTime(path).toMillis();
      Last last = LAST.get();
      long start;
      int base;
      if (last != null
          && last.file().equals(file)
          && last.size() == size
          && last.modified() == modified
          && last.line() == line
          && last.byteOffset() <= byteOffset
          && byteOffset - last.byteOffset() <= length) {
        start = last.position();
        base = last.column();
        length = (int) (byteOffset - last.byteOffset());
      } else {
        start = byteOffset - length;
        base = 1;
        if (line == 1) {
          java.nio.ByteBuffer bom = java.nio.ByteBuffer.allocate(3);
          while (bom.hasRemaining() && in.read(bom) > 0) {}
          if (bom.position() == 3
              && (bom.get(0) & 0xff) == 0xEF
              && (bom.get(1) & 0xff) == 0xBB
              && (bom.get(2) & 0xff) == 0xBF) {
            start += 3;
          }
        }
      }
      if (start < 0 || start + length > size) {
        return byteColumn;
      }
      in.position(start);
      java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(length);
      while (head.hasRemaining() && in.read(head) > 0) {}
      String text =
          new String(head.array(), 0, head.position(), java.nio.charset.StandardCharsets.UTF_8);
      if (text.indexOf('\n') >= 0) {
        return byteColumn;
      }
      int column = base + text.codePointCount(0, text.length());
      LAST.set(new Last(file, size, modified, line, byteOffset, start + length, column));
      return column;
    } catch (java.io.IOException | RuntimeException e) {
      return byteColumn;
    }
  }

  /** Forgets this thread's last column (for tests). */
  static void forgetLastColumn() {
    LAST.remove();
  }

  static String message(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      Collection<Object> ids = u.getKnownPropertyIds();
      if (ids != null) {
        ids.forEach(id -> known.add(String.valueOf(id)));
      }
      known.sort(null);
      return "unknown field '"
          + Checks.abbreviate(u.getPropertyName())
          + "'"
          + Suggest.suffix(u.getPropertyName(), known)
          + (Suggest.nearest(u.getPropertyName(), known).isEmpty() && !known.isEmpty()
              ? " (expected one of: " + String.join(", ", known) + ")"
              : "");
    }
    if (e instanceof InvalidNullException n) {
      return "'" + field(n) + "' must not be null or contain null";
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      return "'"
          + field(f)
          + "' must be one of "
          + enumValues(f.getTargetType())
          + ", not '"
          + Checks.abbreviate(String.valueOf(f.getValue()))
          + "'";
    }
    if (e instanceof MismatchedInputException m) {
      String original = m.getOriginalMessage();
      if (original.startsWith("Cannot ") || original.startsWith("Unexpected token")) {
        return "wrong type for '" + field(m) + "': expected " + expected(m.getTargetType());
      }
      return original;
    }
    TextInput.RejectedInputException rejected = find(e, TextInput.RejectedInputException.class);
    if (rejected != null) {
      return rejected.getOriginalMessage();
    }
    StreamConstraintsException limit = find(e, StreamConstraintsException.class);
    if (limit != null) {
      return limit(limit.getOriginalMessage());
    }
    java.io.CharConversionException encoding = find(e, java.io.CharConversionException.class);
    if (encoding != null) {
      return "not UTF-8 text: " + firstLine(encoding.getMessage());
    }
    String original = firstLine(e.getOriginalMessage());
    if (original.startsWith("Duplicate field")) {
      return "duplicate key " + original.substring("Duplicate field ".length());
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      String text = cause.getMessage();
      if (text != null && text.contains("exceeds the limit") && text.contains("code points")) {
        return yamlTooLong(text);
      }
      if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException) {
        return "invalid YAML: " + yamlProblem(cause);
      }
      if (cause instanceof org.yaml.snakeyaml.reader.ReaderException r) {
        return String.format(
            "invalid YAML: the character U+%04X is not allowed; write it escaped in a"
                + " double-quoted string",
            r.getCodePoint());
      }
    }
    if (e instanceof com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException) {
      if (original.contains("exceeds the limit") && original.contains("code points")) {
        return yamlTooLong(original);
      }
      return "invalid YAML: " + snakeYamlMessage(e.getOriginalMessage());
    }
    if (original.startsWith("Malformed numeric value")) {
      return "invalid number " + original.substring("Malformed numeric value ".length());
    }
    // Jackson's hints name its own switches ("enable `JsonReadFeature...` to allow"); drop them.
    original = original.replaceAll(":? *enable `[^`]*` to allow.*$", "");
    if (original.startsWith("Non-standard token")) {
      original += " (JSON has no NaN or Infinity)";
    }
    return (e instanceof JsonMappingException ? "" : "syntax error: ") + original;
  }

  /** SnakeYAML's document-size limit, explained with the limit its message names. */
  private static String yamlTooLong(String message) {
    String marker = "exceeds the limit: ";
    int at = message.indexOf(marker);
    long limit = Parsers.MAX_YAML_CODE_POINTS;
    if (at >= 0) {
      int from = at + marker.length();
      int to = from;
      while (to < message.length() && Character.isDigit(message.charAt(to))) {
        to++;
      }
      if (to > from && to - from < 19) {
        limit = Long.parseLong(message.substring(from, to));
      }
    }
    return String.format(
        DOCUMENT_TOO_LONG
            + " of %,d characters; write catalogs this large as JSON, which has no size limit",
        limit);
  }

  /** A broken {@link com.fasterxml.jackson.core.StreamReadConstraints} limit, in plain words. */
  private static String limit(String message) {
    if (message == null) {
      return "the input exceeds a parser limit";
    }
    if (message.contains("getMaxStringLength")) {
      return String.format(
          "a string is longer than the limit of %,d characters", Parsers.MAX_STRING);
    }
    if (message.contains("getMaxNameLength")) {
      return String.format("a key is longer than the limit of %,d characters", Parsers.MAX_NAME);
    }
    if (message.contains("getMaxNumberLength")) {
      return String.format("a number is longer than the limit of %d digits", Parsers.MAX_NUMBER);
    }
    if (message.contains("getMaxNestingDepth")) {
      return String.format(
          "mappings and lists nest deeper than the limit of %d levels", Parsers.MAX_NESTING);
    }
    return "the input exceeds a parser limit: " + firstLine(message);
  }

  private static String yamlProblem(Throwable cause) {
    if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
      String problem = marked.getProblem();
      String context = marked.getContext();
      return (context == null ? "" : context + ": ")
          + (problem == null ? firstLine(cause.getMessage()) : problem);
    }
    return firstLine(cause.getMessage());
  }

  /**
   * SnakeYAML's multi-line message ("while parsing ...", " in 'reader' ...", "expected ...") on one
   * line.
   */
  static String snakeYamlMessage(String message) {
    if (message == null) {
      return "unreadable input";
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (String line : message.split("\\R")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        parts.add(line.strip());
      }
    }
    return parts.isEmpty() ? firstLine(message) : String.join(": ", parts);
  }

  private static String field(JsonMappingException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    for (int i = path.size() - 1; i >= 0; i--) {
      String name = path.get(i).getFieldName();
      if (name != null) {
        return name;
      }
    }
    return "value";
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of " + enumValues(type);
    }
    return "a mapping";
  }

  private static String enumValues(Class<?> type) {
    return String.join(
        ", ", Arrays.stream(type.getEnumConstants()).map(ParseErrors::enumId).toList());
  }

  private static String enumId(Object constant) {
    for (var method : constant.getClass().getMethods()) {
      if (method.isAnnotationPresent(JsonValue.class)) {
        try {
          return String.valueOf(method.invoke(constant));
        } catch (ReflectiveOperationException ignored) {
          break;
        }
      }
    }
    return constant.toString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable input";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s.strip() : s.substring(0, nl).strip();
  }
}
