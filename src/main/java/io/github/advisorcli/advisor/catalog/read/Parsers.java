package io.github.advisorcli.advisor.catalog.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The parsers and mappers for advisor's files, with every limit set explicitly. The limits are
 * documented in {@code catalog/README.md}; breaking one is reported as an input error naming the
 * file and, where there is one, the line and column.
 *
 * <p>Every file must be UTF-8 text ({@link TextInput}). JSON has no limit on the size of a
 * document, so machine-made catalogs of a million models still load; every single value is bounded.
 * YAML is for files people write: its documents are bounded too, and tags, anchors and aliases are
 * refused ({@link StrictYamlFactory}).
 */
public final class Parsers {
  /** Deepest nesting of mappings and lists. */
  public static final int MAX_NESTING = 64;

  /** Longest string value, in characters. */
  public static final int MAX_STRING = 1 << 20;

  /** Longest key, in characters. */
  public static final int MAX_NAME = 1 << 10;

  /** Longest number, in digits. */
  public static final int MAX_NUMBER = 100;

  /**
   * Largest YAML document, in code points: 1 Gi. SnakeYAML holds a whole document's events and
   * nodes, so this bounds the memory a YAML file can take; JSON files have no size limit and are
   * the format for large catalogs.
   */
  public static final int MAX_YAML_CODE_POINTS = 1 << 30;

  /**
   * Longest line of a YAML file, in bytes. SnakeYAML's reader copies its buffer for every 1024
   * characters of a single token, so one very long line costs time quadratic in its length; 2 MiB
   * holds any string of {@link #MAX_STRING} ASCII characters and still parses in well under a
   * second.
   */
  public static final int MAX_YAML_LINE = 2 << 20;

  /**
   * Most YAML aliases in one document. advisor refuses anchors and aliases outright ({@link
   * StrictYamlFactory}), since Jackson would read an alias as the anchor's name; this bounds
   * SnakeYAML itself should anything ever compose a document.
   */
  public static final int MAX_YAML_ALIASES = 50;

  private Parsers() {}

  static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING)
        .maxStringLength(MAX_STRING)
        .maxNameLength(MAX_NAME)
        .maxNumberLength(MAX_NUMBER)
        // No limit on a whole document or its token count: a JSON catalog of 1,000,000 models is
        // about 400 MB. YAML documents are bounded by MAX_YAML_CODE_POINTS instead.
        .maxDocumentLength(-1)
        .maxTokenCount(-1)
        .build();
  }

  /** Whether a file is read as JSON rather than YAML: {@link CatalogFormat#of} decides. */
  public static boolean isJson(Path path) {
    return CatalogFormat.of(path) == CatalogFormat.JSON;
  }

  public static ObjectMapper json() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .inputDecorator(new TextInput(0))
            .build();
    return configure(JsonMapper.builder(factory).build());
  }

  /**
   * A JSON parser factory as {@link #json()}'s, without its detection of repeated keys: for readers
   * that detect them themselves ({@link ModelBinder}), and that hand anything else to the mapper.
   */
  public static JsonFactory jsonWithoutDuplicateDetection() {
    return JsonFactory.builder()
        .streamReadConstraints(constraints())
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .inputDecorator(new TextInput(0))
        .build();
  }

  public static ObjectMapper yaml() {
    return yaml(MAX_YAML_CODE_POINTS);
  }

  /** A YAML mapper with a given document limit, in code points (tests use small ones). */
  static ObjectMapper yaml(int codePointLimit) {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(codePointLimit);
    options.setAllowRecursiveKeys(false);
    YAMLFactory factory =
        new StrictYamlFactory(
            YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .inputDecorator(new TextInput(MAX_YAML_LINE)));
    return configure(new YAMLMapper(factory));
  }

  public static ObjectMapper forPath(Path path) {
    return isJson(path) ? json() : yaml();
  }

  private static void fail(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float);
    fail(mapper, LogicalType.Textual, CoercionInputShape.Boolean, CoercionInputShape.Array);
    fail(mapper, LogicalType.Textual, CoercionInputShape.Object);
    fail(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float);
    fail(mapper, LogicalType.Integer, CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
    fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Float, CoercionInputShape.EmptyString);
    fail(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
    fail(mapper, LogicalType.Boolean, CoercionInputShape.Float, CoercionInputShape.EmptyString);
    fail(mapper, LogicalType.Collection, CoercionInputShape.String, CoercionInputShape.EmptyString);
    fail(mapper, LogicalType.POJO, CoercionInputShape.String, CoercionInputShape.EmptyString);
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    return mapper;
  }
}
