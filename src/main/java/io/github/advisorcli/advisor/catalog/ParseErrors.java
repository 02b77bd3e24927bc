package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.Suggest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Turns Jackson's exceptions into one line a user can act on, with the file, line and column. */
public final class ParseErrors {
  private ParseErrors() {}

  public static CatalogException describe(String file, JsonProcessingException e) {
    return new CatalogException(message(e), location(file, e.getLocation()), e);
  }

  public static SourceLocation location(String file, JsonLocation at) {
    if (at == null || at == JsonLocation.NA || at.getLineNr() <= 0) {
      return SourceLocation.of(file);
    }
    return new SourceLocation(file, at.getLineNr(), Math.max(at.getColumnNr(), 0));
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
          + u.getPropertyName()
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
          + f.getValue()
          + "'";
    }
    if (e instanceof MismatchedInputException m) {
      String original = m.getOriginalMessage();
      if (original.startsWith("Cannot ") || original.startsWith("Unexpected token")) {
        return "wrong type for '" + field(m) + "': expected " + expected(m.getTargetType());
      }
      return original;
    }
    if (e instanceof StreamConstraintsException) {
      return "input exceeds a parser limit: " + firstLine(e.getOriginalMessage());
    }
    String original = firstLine(e.getOriginalMessage());
    if (original.startsWith("Duplicate field")) {
      return "duplicate key " + original.substring("Duplicate field ".length());
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      String limit = yamlLimit(cause.getMessage());
      if (limit != null) {
        return limit;
      }
      if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException) {
        return "invalid YAML: " + yamlProblem(cause);
      }
    }
    if (e instanceof com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException) {
      String limit = yamlLimit(e.getOriginalMessage());
      if (limit != null) {
        return limit;
      }
      return "invalid YAML: " + snakeYamlMessage(e.getOriginalMessage());
    }
    return (e instanceof JsonMappingException ? "" : "syntax error: ") + original;
  }

  /** SnakeYAML's document-size limit, explained; null for any other message. */
  private static String yamlLimit(String message) {
    String marker = "exceeds the limit: ";
    int at = message == null ? -1 : message.indexOf(marker);
    if (at < 0) {
      return null;
    }
    int from = at + marker.length();
    int to = from;
    while (to < message.length() && Character.isDigit(message.charAt(to))) {
      to++;
    }
    return "the YAML document is larger than the limit of "
        + message.substring(from, to)
        + " characters; write catalogs this large as JSON, which has no size limit";
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
