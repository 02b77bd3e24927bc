package io.github.advisorcli.advisor.catalog.read;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.advisorcli.advisor.catalog.Checks;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * YAML as advisor reads it: plain data. Jackson never instantiates a tagged value, but it reads a
 * tag such as {@code !!javax.script.ScriptEngineManager} as if it were not there and an alias as
 * the anchor's name, so both are refused with their line and column. Jackson's string, key and
 * number limits apply to YAML only through this parser.
 */
final class StrictYamlFactory extends YAMLFactory {
  StrictYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  private StrictYamlFactory(StrictYamlFactory source) {
    super(source, null);
  }

  /** The SnakeYAML limits this factory's parsers use. */
  LoaderOptions loaderOptions() {
    return _loaderOptions;
  }

  @Override
  public YAMLFactory copy() {
    return new StrictYamlFactory(this);
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return _createParser(_createReader(in, null, ctxt), ctxt);
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) {
    return new Strict(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
  }

  @Override
  protected YAMLParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
    return _createParser(new CharArrayReader(data, offset, len), ctxt);
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return _createParser(new ByteArrayInputStream(data, offset, len), ctxt);
  }

  private static final class Strict extends YAMLParser {
    Strict(
        IOContext ctxt,
        int parserFeatures,
        int formatFeatures,
        LoaderOptions options,
        ObjectCodec codec,
        Reader reader) {
      super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = super.nextToken();
      if (t == null) {
        return null;
      }
      if (_lastEvent instanceof NodeEvent node && node.getAnchor() != null) {
        throw reject(
            "YAML anchors and aliases are not supported ('"
                + (node instanceof AliasEvent ? "*" : "&")
                + Checks.abbreviate(node.getAnchor())
                + "'): write the value out");
      }
      String tag = tag();
      if (tag != null) {
        throw reject(
            "YAML tags are not supported ('"
                + Checks.abbreviate(tag.replaceFirst("^tag:yaml\\.org,2002:", "!!"))
                + "'): write plain values");
      }
      StreamReadConstraints limits = streamReadConstraints();
      try {
        switch (t) {
          case FIELD_NAME -> limits.validateNameLength(currentName().length());
          case VALUE_STRING -> limits.validateStringLength(getText().length());
          case VALUE_NUMBER_INT -> limits.validateIntegerLength(getText().length());
          case VALUE_NUMBER_FLOAT -> limits.validateFPLength(getText().length());
          default -> {}
        }
      } catch (StreamConstraintsException e) {
        throw new StreamConstraintsException(e.getOriginalMessage(), currentTokenLocation());
      }
      return t;
    }

    private JsonParseException reject(String message) {
      return new TextInput.RejectedInputException(message, currentTokenLocation());
    }

    /** The explicit tag of the current node, or null. */
    private String tag() {
      if (_lastEvent instanceof CollectionStartEvent c) {
        return c.getTag();
      }
      if (_lastEvent instanceof ScalarEvent s) {
        return s.getTag();
      }
      return null;
    }
  }
}
