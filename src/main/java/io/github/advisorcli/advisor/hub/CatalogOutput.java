package io.github.advisorcli.advisor.hub;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.advisorcli.advisor.catalog.CatalogLoader;
import io.github.advisorcli.advisor.catalog.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a catalog file (format v1) one model at a time, so its size never has to fit in memory.
 * YAML for {@code .yaml} and {@code .yml}, JSON otherwise.
 */
final class CatalogOutput implements AutoCloseable {
  private final ObjectMapper mapper;
  private final JsonGenerator out;
  private long models;

  CatalogOutput(OutputStream stream, boolean yaml, String asOf) throws IOException {
    this.mapper = yaml ? yamlMapper() : jsonMapper();
    this.out = mapper.getFactory().createGenerator(stream);
    if (!yaml) {
      out.useDefaultPrettyPrinter();
    }
    out.writeStartObject();
    out.writeStringField("format", CatalogLoader.FORMAT);
    out.writeStringField("as_of", asOf);
    out.writeFieldName("models");
    out.writeStartArray();
  }

  static boolean isYaml(Path target) {
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  void write(Model model) throws IOException {
    mapper.writeValue(out, model);
    models++;
  }

  long models() {
    return models;
  }

  /** Ends the document; call once after the last model. */
  void finish() throws IOException {
    out.writeEndArray();
    out.writeEndObject();
    out.flush();
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
}
