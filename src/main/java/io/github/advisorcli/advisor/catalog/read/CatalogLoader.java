package io.github.advisorcli.advisor.catalog.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.catalog.Benchmark;
import io.github.advisorcli.advisor.catalog.CatalogException;
import io.github.advisorcli.advisor.catalog.CatalogFile;
import io.github.advisorcli.advisor.catalog.CatalogIndex;
import io.github.advisorcli.advisor.catalog.Checks;
import io.github.advisorcli.advisor.catalog.Dates;
import io.github.advisorcli.advisor.catalog.Model;
import io.github.advisorcli.advisor.catalog.TaskFit;
import io.github.advisorcli.advisor.catalog.TaskVocabulary;
import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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

  /** Receives a file's model entries one at a time, as they are read. */
  public interface Sink {
    /**
     * Called when the model list starts, with the file's {@code as_of} if it came before the list
     * (null if it has not been read yet, or the file has none).
     */
    default void begin(String asOf) {}

    /**
     * Whether to read entry {@code index} (from 0); an entry not wanted is passed over unread and
     * unchecked.
     */
    default boolean wants(int index) {
      return true;
    }

    /**
     * A model entry that passed the per-model checks, as bound (not yet normalised).
     *
     * @param offset where the entry's mapping starts in the file, in bytes (JSON files only)
     * @param length its length in bytes (JSON files only)
     */
    void accept(int index, Model model, SourceLocation where, long offset, int length);
  }

  /**
   * What a file holds besides its models.
   *
   * @param asOf the file's snapshot date, or null
   * @param models how many model entries it has, read or passed over
   */
  public record Header(String asOf, int models) {}

  /** Reads one catalog file; {@code name} is how messages name it. */
  public CatalogFile read(Path path, String name) {
    CatalogFile quick =
        Parsers.isJson(path)
            ? new QuickRead(licenses, tasks).read(path, name, QuickRead.threads())
            : null;
    if (quick != null) {
      return quick;
    }
    List<CatalogFile.Entry> entries = new ArrayList<>();
    Header header = read(path, name, collector(entries));
    return new CatalogFile(name, header.asOf(), List.copyOf(entries));
  }

  /**
   * A sink that keeps every entry. The rules across entries (repeated ids, aliases, required
   * fields) are {@link CatalogIndex}'s, applied when files are merged.
   */
  private static Sink collector(List<CatalogFile.Entry> entries) {
    return (index, model, where, offset, length) ->
        entries.add(new CatalogFile.Entry(model, where));
  }

  /**
   * Refuses what is not a regular file before it is opened: a folder, and a pipe, socket or device,
   * whose reading could block forever or never end.
   *
   * @param what what the file should have been, e.g. "a catalog file"
   */
  public static void checkFile(Path path, String name, String what) {
    if (Files.isDirectory(path)) {
      throw new CatalogException("is a directory, not " + what, SourceLocation.of(name));
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new CatalogException(
          "is a pipe, socket or device, not " + what + "; give a regular file",
          SourceLocation.of(name));
    }
  }

  /**
   * Reads one catalog file entry by entry, with the same checks as {@link #read(Path, String)}
   * except those across entries, which are {@link CatalogIndex}'s.
   */
  public Header read(Path path, String name, Sink sink) {
    checkFile(path, name, "a catalog file");
    ObjectMapper mapper = Parsers.forPath(path);
    try (InputStream in = Files.newInputStream(path)) {
      return read(mapper, in, name, path, sink);
    } catch (NoSuchFileException e) {
      throw new CatalogException("no such file", SourceLocation.of(name));
    } catch (AccessDeniedException e) {
      throw new CatalogException(
          "cannot read the file: permission denied", SourceLocation.of(name));
    } catch (JsonProcessingException e) {
      throw ParseErrors.describe(name, e);
    } catch (IOException e) {
      throw new CatalogException(
          "cannot read the file: " + AdvisorException.reason(e), SourceLocation.of(name), e);
    }
  }

  /** Reads a catalog from a stream, for tests and embedded resources. */
  public CatalogFile read(ObjectMapper mapper, InputStream in, String name) throws IOException {
    List<CatalogFile.Entry> entries = new ArrayList<>();
    Header header = read(mapper, in, name, null, collector(entries));
    return new CatalogFile(name, header.asOf(), List.copyOf(entries));
  }

  public Header read(ObjectMapper mapper, InputStream in, String name, Path source, Sink sink)
      throws IOException {
    // The model reader (Jackson builds its deserializers then, a large part of a short run) is made
    // only once the file turns out to have models: a file refused on its first line is refused
    // before that.
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      try {
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
        int models = -1;
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
            case "models" -> {
              sink.begin(asOf);
              models = models(name, p, modelReader(mapper), mapper, source, sink);
            }
            default ->
                throw new CatalogException(
                    "unknown field '"
                        + field
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
        if (models <= 0) {
          throw new CatalogException(
              "the catalog has no models: 'models' must list at least one", top);
        }
        return new Header(asOf, models);
      } catch (JsonProcessingException e) {
        // The parser knows where it stopped even when the exception (a broken limit) does not.
        throw ParseErrors.describe(name, e, p);
      }
    } catch (JsonProcessingException e) {
      throw ParseErrors.describe(name, e);
    }
  }

  /** Reads the model list, handing each entry to the sink; returns how many entries it has. */
  private int models(
      String name, JsonParser p, ObjectReader reader, ObjectMapper mapper, Path source, Sink sink)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw at(name, p, "'models' must be a list of models, not " + Checks.token(p));
    }
    int index = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw at(name, p, "each model must be a mapping, not " + Checks.token(p));
      }
      if (!sink.wants(index)) {
        p.skipChildren();
        index++;
        continue;
      }
      JsonLocation start = p.currentTokenLocation();
      SourceLocation where = ParseErrors.location(name, start);
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
      long offset = start.getByteOffset();
      sink.accept(
          index, model, where, offset, (int) (p.currentLocation().getByteOffset() - offset));
      index++;
    }
    return index;
  }

  /** A binder with this loader's registries, for one thread. */
  public ModelBinder binder() {
    return new ModelBinder(licenses, tasks);
  }

  /** How model entries are bound: strictly, with the registries the checks need. */
  public ObjectReader modelReader(ObjectMapper mapper) {
    return mapper
        .readerFor(Model.class)
        .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withAttribute(Checks.LICENSES, licenses)
        .withAttribute(Checks.TASKS, tasks);
  }

  /**
   * Binds one model entry on its own, as a whole file's entries are bound. Messages carry no useful
   * location: this is for entries that were already read once.
   */
  public static Model readEntry(ObjectReader reader, byte[] bytes, int length) throws IOException {
    Model model = reader.readValue(bytes, 0, length);
    if (model.id() == null) {
      throw new IOException("the model has no 'id'");
    }
    return model;
  }

  /**
   * Nested entries have required fields of their own: a task needs its id and fit, a benchmark its
   * name and value, an import marker its source and date.
   */
  public static void checkEntries(Model model, SourceLocation where) {
    if (model.tasks() != null) {
      for (TaskFit t : model.tasks()) {
        if (t.id() == null || t.fit() == null) {
          throw new CatalogException(
              "model '" + model.id() + "': each task needs 'id' and 'fit' (strong, good or weak)",
              where);
        }
      }
    }
    if (model.imported() != null
        && (model.imported().from() == null || model.imported().asOf() == null)) {
      throw new CatalogException(
          "model '"
              + model.id()
              + "': 'imported' needs 'from' (huggingface-api) and 'as_of' (a date)",
          where);
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
      return Dates.parse(value).toString();
    } catch (DateTimeParseException e) {
      throw at(name, p, "'as_of' must be a date (YYYY-MM-DD), not '" + value + "'");
    }
  }

  private static CatalogException at(String name, JsonParser p, String message) {
    return new CatalogException(message, ParseErrors.location(name, p.currentTokenLocation()));
  }
}
