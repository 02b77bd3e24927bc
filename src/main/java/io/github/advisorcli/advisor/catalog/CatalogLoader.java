package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads catalog files strictly: every error names the file, line and column and what was expected.
 * License ids and task names are checked against the registry and vocabulary it is given.
 */
public final class CatalogLoader {
  public static final String FORMAT = "advisor.catalog/v1";
  private static final List<String> TOP_LEVEL = List.of("format", "as_of", "models");

  private final LicenseRegistry licenses;
  private final TaskVocabulary tasks;

  public CatalogLoader(LicenseRegistry licenses, TaskVocabulary tasks) {
    this.licenses = licenses;
    this.tasks = tasks;
  }

  /** Reads one catalog file; {@code name} is how messages name it. */
  public CatalogFile read(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new CatalogException("is a directory, not a catalog file", SourceLocation.of(name));
    }
    ObjectMapper mapper = Parsers.forPath(path);
    try (InputStream in = Files.newInputStream(path)) {
      return read(mapper, in, name, path);
    } catch (NoSuchFileException e) {
      throw new CatalogException("no such file", SourceLocation.of(name));
    } catch (AccessDeniedException e) {
      throw new CatalogException(
          "cannot read the file: permission denied", SourceLocation.of(name));
    } catch (JsonProcessingException e) {
      throw ParseErrors.describe(name, e);
    } catch (IOException e) {
      throw new CatalogException(
          "cannot read the file: " + e.getMessage(), SourceLocation.of(name), e);
    }
  }

  /** Reads a catalog from a stream, for tests and embedded resources. */
  public CatalogFile read(ObjectMapper mapper, InputStream in, String name) throws IOException {
    return read(mapper, in, name, null);
  }

  private CatalogFile read(ObjectMapper mapper, InputStream in, String name, Path source)
      throws IOException {
    ObjectReader reader =
        mapper
            .readerFor(Model.class)
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withAttribute(Checks.LICENSES, licenses)
            .withAttribute(Checks.TASKS, tasks);
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      try {
        return read(p, reader, mapper, name, source);
      } catch (JsonProcessingException e) {
        throw ParseErrors.describe(name, e, p);
      }
    }
  }

  private CatalogFile read(
      JsonParser p, ObjectReader reader, ObjectMapper mapper, String name, Path source)
      throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new CatalogException(
          "the file is empty: expected a catalog with 'format' and 'models'",
          SourceLocation.of(name));
    }
    if (t != JsonToken.START_OBJECT) {
      throw at(
          name,
          p,
          "expected a mapping with 'format' and 'models' at the top, not " + Checks.token(p));
    }
    SourceLocation top = ParseErrors.location(name, p.currentTokenLocation());
    String format = null;
    String asOf = null;
    List<CatalogFile.Entry> entries = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      SourceLocation fieldAt = ParseErrors.location(name, p.currentTokenLocation());
      p.nextToken();
      switch (field) {
        case "format" -> {
          format = text(name, p, field);
          if (!FORMAT.equals(format)) {
            throw at(
                name,
                p,
                "'format' must be '" + FORMAT + "', not '" + Checks.abbreviate(format) + "'");
          }
        }
        case "as_of" -> asOf = date(name, p, text(name, p, field));
        case "models" -> entries = models(name, p, reader, mapper, source);
        default ->
            throw new CatalogException(
                "unknown field '"
                    + Checks.abbreviate(field)
                    + "'"
                    + Suggest.suffix(field, TOP_LEVEL)
                    + " (expected format, as_of, models)",
                fieldAt);
      }
    }
    if (p.nextToken() != null) {
      throw at(name, p, "unexpected content after the end of the catalog");
    }
    if (format == null) {
      throw new CatalogException("missing 'format: " + FORMAT + "'", top);
    }
    if (entries == null || entries.isEmpty()) {
      throw new CatalogException("the catalog has no models: 'models' must list at least one", top);
    }
    return new CatalogFile(name, asOf, List.copyOf(entries));
  }

  private List<CatalogFile.Entry> models(
      String name, JsonParser p, ObjectReader reader, ObjectMapper mapper, Path source)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw at(name, p, "'models' must be a list of models, not " + Checks.token(p));
    }
    List<CatalogFile.Entry> entries = new ArrayList<>();
    Map<String, SourceLocation> seen = new HashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw at(name, p, "each model must be a mapping, not " + Checks.token(p));
      }
      SourceLocation where = ParseErrors.location(name, p.currentTokenLocation());
      Model model;
      try {
        model = reader.readValue(p);
      } catch (UnrecognizedPropertyException e) {
        throw relocate(ParseErrors.describe(name, e), e.getPropertyName(), where, mapper, source);
      }
      if (model.id() == null) {
        throw new CatalogException("the model has no 'id'", where);
      }
      checkEntries(model, where);
      SourceLocation first = seen.putIfAbsent(model.id(), where);
      if (first != null) {
        throw new CatalogException(
            "duplicate model id '" + model.id() + "' (first defined at line " + first.line() + ")",
            where);
      }
      entries.add(new CatalogFile.Entry(model, where));
    }
    return entries;
  }

  /**
   * Nested entries have required fields of their own: a task needs its id and fit, a benchmark its
   * name and value.
   */
  private static void checkEntries(Model model, SourceLocation where) {
    if (model.tasks() != null) {
      for (TaskFit t : model.tasks()) {
        if (t.id() == null || t.fit() == null) {
          throw new CatalogException(
              "model '" + model.id() + "': each task needs 'id' and 'fit' (strong, good or weak)",
              where);
        }
      }
    }
    if (model.benchmarks() != null) {
      for (Benchmark b : model.benchmarks()) {
        if (b.name() == null || b.value() == null) {
          throw new CatalogException(
              "model '" + model.id() + "': each benchmark needs 'name' and 'value'", where);
        }
      }
    }
  }

  /**
   * Jackson reports an unknown field of a record at the end of its mapping; point at the key
   * itself.
   */
  private static CatalogException relocate(
      CatalogException error, String field, SourceLocation from, ObjectMapper mapper, Path source) {
    SourceLocation at = FieldLocator.find(source, mapper, field, from);
    return new CatalogException(error.getMessage(), at, error.getCause());
  }

  private static String text(String name, JsonParser p, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw at(name, p, "'" + field + "' must be text, not " + Checks.token(p));
    }
    return p.getText();
  }

  private static String date(String name, JsonParser p, String value) {
    try {
      return LocalDate.parse(value).toString();
    } catch (DateTimeParseException e) {
      throw at(
          name, p, "'as_of' must be a date (YYYY-MM-DD), not '" + Checks.abbreviate(value) + "'");
    }
  }

  private static CatalogException at(String name, JsonParser p, String message) {
    return new CatalogException(message, ParseErrors.location(name, p.currentTokenLocation()));
  }
}
