package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Field checks that run while a catalog is read, so that each error points at the value's own line
 * and column. Each check reports through {@link DeserializationContext#reportInputMismatch}.
 */
public final class Checks {
  private Checks() {}

  /** Attribute under which the loader passes the license registry. */
  public static final String LICENSES = "advisor.licenses";

  /** Attribute under which the loader passes the task vocabulary. */
  public static final String TASKS = "advisor.tasks";

  /** A release date's shape: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  // The rules themselves, for the deserializers below and for readers that bind without them.

  /** Whether a model id is lower-case letters, digits, '.', '_' and '-', at most 128 of them. */
  public static boolean isModelId(String value) {
    int n = value.length();
    if (n < 1 || n > 128) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean valid =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || (i > 0 && (c == '.' || c == '_' || c == '-'));
      if (!valid) {
        return false;
      }
    }
    return true;
  }

  /** Whether the value is an http(s) URL without spaces. */
  public static boolean isUrl(String value) {
    return (value.startsWith("https://") || value.startsWith("http://")) && !value.contains(" ");
  }

  /** Whether the value is a release date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static boolean isPartialDate(String value) {
    if (!PARTIAL_DATE.matcher(value).matches()) {
      return false;
    }
    try {
      if (value.length() == 10) {
        Dates.parse(value);
      } else if (value.length() == 7) {
        java.time.YearMonth.parse(value);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Whether the value names a runtime the community criterion knows. */
  public static boolean isRuntime(String value) {
    return Runtime.NAMES.contains(value);
  }

  /** Whether the value is a benchmark split: dev, test or val. */
  public static boolean isSplit(String value) {
    return value.equals("dev") || value.equals("test") || value.equals("val");
  }

  private abstract static class Text extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(
            String.class, "'%s' must be %s, not %s", p.currentName(), expected(), token(p));
      }
      return check(p.getText(), p, ctxt);
    }

    abstract String expected();

    abstract String check(String value, JsonParser p, DeserializationContext ctxt)
        throws IOException;
  }

  static final class ModelId extends Text {
    @Override
    String expected() {
      return "an id (lower-case letters, digits, '.', '_', '-')";
    }

    @Override
    String check(String value, JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!isModelId(value)) {
        return ctxt.reportInputMismatch(
            String.class,
            "invalid model id '%s': use lower-case letters, digits, '.', '_' and '-'",
            abbreviate(value));
      }
      return value;
    }
  }

  static final class Url extends Text {
    @Override
    String expected() {
      return "a URL";
    }

    @Override
    String check(String value, JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!isUrl(value)) {
        return ctxt.reportInputMismatch(
            String.class,
            "'%s' must be an http(s) URL, not '%s'",
            p.currentName(),
            abbreviate(value));
      }
      return value;
    }
  }

  static final class IsoDate extends Text {
    @Override
    String expected() {
      return "a date (YYYY-MM-DD)";
    }

    @Override
    String check(String value, JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return Dates.parse(value).toString();
      } catch (DateTimeParseException e) {
        return ctxt.reportInputMismatch(
            String.class,
            "'%s' must be a date (YYYY-MM-DD), not '%s'",
            p.currentName(),
            abbreviate(value));
      }
    }
  }

  /**
   * A release date as precise as its source: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   */
  static final class PartialDate extends Text {
    @Override
    String expected() {
      return "a date (YYYY, YYYY-MM or YYYY-MM-DD)";
    }

    @Override
    String check(String value, JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!isPartialDate(value)) {
        return ctxt.reportInputMismatch(
            String.class,
            "'%s' must be a date (YYYY, YYYY-MM or YYYY-MM-DD), not '%s'",
            p.currentName(),
            abbreviate(value));
      }
      return value;
    }
  }

  /** A runtime name from the list the community criterion knows. */
  static final class Runtime extends Text {
    static final java.util.List<String> NAMES =
        java.util.List.of(
            "transformers", "sentence-transformers", "vllm", "llama.cpp", "ollama", "onnx", "mlx");

    @Override
    String expected() {
      return "a runtime name";
    }

    @Override
    String check(String value, JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!isRuntime(value)) {
        return ctxt.reportInputMismatch(
            String.class,
            "unknown runtime '%s': use one of %s",
            abbreviate(value),
            String.join(", ", NAMES));
      }
      return value;
    }
  }

  static final class Split extends Text {
    @Override
    String expected() {
      return "dev, test or val";
    }

    @Override
    String check(String value, JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!isSplit(value)) {
        return ctxt.reportInputMismatch(
            String.class, "'split' must be dev, test or val, not '%s'", abbreviate(value));
      }
      return value;
    }
  }

  static final class LicenseExpression extends Text {
    @Override
    String expected() {
      return "a license id";
    }

    @Override
    String check(String value, JsonParser p, DeserializationContext ctxt) throws IOException {
      Object registry = ctxt.getAttribute(LICENSES);
      if (!(registry instanceof io.github.advisorcli.advisor.license.LicenseRegistry licenses)) {
        return value;
      }
      try {
        return licenses.normalize(value);
      } catch (io.github.advisorcli.advisor.AdvisorException e) {
        return ctxt.reportInputMismatch(String.class, "%s", e.getMessage());
      }
    }
  }

  static final class TaskId extends Text {
    @Override
    String expected() {
      return "a task id";
    }

    @Override
    String check(String value, JsonParser p, DeserializationContext ctxt) throws IOException {
      Object vocabulary = ctxt.getAttribute(TASKS);
      if (!(vocabulary instanceof TaskVocabulary tasks)) {
        return value;
      }
      var task = tasks.find(value);
      if (task.isEmpty()) {
        return ctxt.reportInputMismatch(
            String.class, "unknown task '%s'%s", abbreviate(value), tasks.suggestionSuffix(value));
      }
      return task.get().id();
    }
  }

  private abstract static class Whole extends JsonDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return ctxt.reportInputMismatch(
            Long.class, "'%s' must be %s, not %s", p.currentName(), expected(), token(p));
      }
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        return ctxt.reportInputMismatch(
            Long.class, "'%s' is too large: %s", p.currentName(), abbreviate(p.getText()));
      }
      long value = p.getLongValue();
      if (value < min()) {
        return ctxt.reportInputMismatch(
            Long.class, "'%s' must be %s, not %d", p.currentName(), expected(), value);
      }
      return value;
    }

    abstract String expected();

    abstract long min();
  }

  static final class PositiveLong extends Whole {
    @Override
    String expected() {
      return "a positive integer";
    }

    @Override
    long min() {
      return 1;
    }
  }

  static final class NonNegativeLong extends Whole {
    @Override
    String expected() {
      return "an integer of 0 or more";
    }

    @Override
    long min() {
      return 0;
    }
  }

  static final class Year extends JsonDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
          || p.getNumberType() != JsonParser.NumberType.INT
          || p.getIntValue() < 1950
          || p.getIntValue() > 2100) {
        return ctxt.reportInputMismatch(
            Integer.class,
            "'year' must be a year from 1950 to 2100, not %s",
            abbreviate(p.getText()));
      }
      return p.getIntValue();
    }
  }

  static final class Finite extends JsonDeserializer<Double> {
    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isNumeric()) {
        return ctxt.reportInputMismatch(
            Double.class, "'%s' must be a number, not %s", p.currentName(), token(p));
      }
      double value;
      try {
        value = p.getDoubleValue();
      } catch (com.fasterxml.jackson.core.JsonParseException e) {
        value = Double.NaN; // YAML's .nan and .inf
      }
      if (!Double.isFinite(value)) {
        return ctxt.reportInputMismatch(
            Double.class,
            "'%s' must be a finite number, not %s",
            p.currentName(),
            abbreviate(p.getText()));
      }
      return value;
    }
  }

  public static String token(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "a mapping";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "the text '" + abbreviate(safeText(p)) + "'";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(safeText(p));
      case VALUE_TRUE, VALUE_FALSE -> "the boolean " + safeText(p);
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name().toLowerCase() : t.asString();
    };
  }

  private static String safeText(JsonParser p) {
    try {
      return p.getText();
    } catch (IOException e) {
      return "?";
    }
  }

  /** A value as error messages quote it: at most 40 characters. */
  public static String abbreviate(String s) {
    return io.github.advisorcli.advisor.AdvisorException.abbreviate(s);
  }
}
