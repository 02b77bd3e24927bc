package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.advisorcli.advisor.catalog.read.CatalogFormat;
import io.github.advisorcli.advisor.catalog.read.CatalogLoader;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a catalog file (format v1) one model at a time, so its size never has to fit in memory:
 * the one writer of catalog files (Hub import, the synthetic generator, {@code catalog export}).
 * JSON has one model per line, so that an error's line number names the model and line tools can
 * split the file. Pair it with {@code AtomicWrite} so a reader never sees half a file.
 */
public final class CatalogWriter implements AutoCloseable {
  /** Writes one model's mapping itself, field by field. */
  @FunctionalInterface
  public interface ModelFields {
    void writeTo(JsonGenerator g) throws IOException;
  }

  private final ObjectMapper mapper;
  private final JsonGenerator out;
  private final CatalogFormat format;
  private long models;
  private boolean finished;

  /**
   * Starts a catalog.
   *
   * @param asOf the snapshot date, or null for none
   */
  public CatalogWriter(OutputStream stream, CatalogFormat format, String asOf) throws IOException {
    this(format, asOf, stream, null);
  }

  /** Starts a catalog written as text (standard output); the writer is flushed, never closed. */
  public CatalogWriter(java.io.Writer text, CatalogFormat format, String asOf) throws IOException {
    this(format, asOf, null, text);
  }

  private CatalogWriter(CatalogFormat format, String asOf, OutputStream stream, java.io.Writer text)
      throws IOException {
    this.format = format;
    this.mapper = format == CatalogFormat.YAML ? yamlMapper() : jsonMapper();
    this.out =
        stream != null
            ? mapper.getFactory().createGenerator(stream)
            : mapper.getFactory().createGenerator(text);
    if (format == CatalogFormat.JSON) {
      out.setPrettyPrinter(new OneModelPerLine());
    }
    out.writeStartObject();
    out.writeStringField("format", CatalogLoader.FORMAT);
    if (asOf != null) {
      out.writeStringField("as_of", asOf);
    }
    out.writeFieldName("models");
    out.writeStartArray();
  }

  /** Writes one model as the loader reads it back. */
  public void write(Model model) throws IOException {
    mapper.writeValue(out, model);
    models++;
  }

  /** Writes one model whose fields the caller writes. */
  public void write(ModelFields fields) throws IOException {
    fields.writeTo(out);
    models++;
  }

  public long models() {
    return models;
  }

  /** Ends the document; call once after the last model. */
  public void finish() throws IOException {
    out.writeEndArray();
    out.writeEndObject();
    if (format == CatalogFormat.JSON) {
      out.writeRaw('\n');
    }
    out.flush();
    finished = true;
  }

  public boolean finished() {
    return finished;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    mapper.disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return mapper;
  }

  private static ObjectMapper jsonMapper() {
    return configure(JsonMapper.builder(new JsonFactory()).build());
  }

  private static ObjectMapper yamlMapper() {
    YAMLFactory factory =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    return configure(new YAMLMapper(factory));
  }

  /** Compact JSON with one model per line. */
  private static final class OneModelPerLine implements PrettyPrinter {
    private static boolean modelList(JsonGenerator g) {
      var ctx = g.getOutputContext();
      return ctx.inArray()
          && ctx.getParent() != null
          && ctx.getParent().inObject()
          && ctx.getParent().getParent() != null
          && ctx.getParent().getParent().inRoot();
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(',');
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(':');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw('[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(modelList(g) ? "\n]" : "]");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(modelList(g) ? ",\n" : ",");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      if (modelList(g)) {
        g.writeRaw('\n');
      }
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {}
  }
}
