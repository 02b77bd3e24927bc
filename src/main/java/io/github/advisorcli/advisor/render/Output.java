package io.github.advisorcli.advisor.render;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Writes a result in the chosen format: JSON and YAML from the view record, table, CSV and Markdown
 * from its table. Only the table may carry ANSI styles.
 */
public final class Output {
  private final PrintWriter out;
  private final int width;
  private final Styles styles;
  private final Labels labels;

  public Output(PrintWriter out, int width, Styles styles) {
    this(out, width, styles, null);
  }

  /**
   * @param labels the words for notes the output adds itself (the columns a narrow table hid), or
   *     null for English
   */
  public Output(PrintWriter out, int width, Styles styles, Labels labels) {
    this.out = out;
    this.width = width;
    this.styles = styles;
    this.labels = labels;
  }

  public int width() {
    return width;
  }

  public Styles styles() {
    return styles;
  }

  public PrintWriter writer() {
    return out;
  }

  public void render(OutputFormat format, Object view, TableSpec<?> table) {
    switch (format) {
      case JSON -> out.print(json(view));
      case YAML -> out.print(yaml(view));
      case CSV -> out.print(Csv.render(table));
      case MARKDOWN -> out.print(Markdown.render(table));
      case TABLE -> table(table);
    }
    out.flush();
  }

  /** A paragraph of prose, wrapped to the width, optionally styled. */
  public void paragraph(String text, Style style) {
    for (String line : TextWidth.wrap(Sanitize.line(text), width)) {
      out.println(styles.apply(style, line));
    }
  }

  public void paragraph(String text) {
    paragraph(text, null);
  }

  /** A table laid out to the width, with a one-line note naming any columns hidden to fit it. */
  public void table(TableSpec<?> table) {
    TableRenderer.Layout layout = new TableRenderer(width, styles).layout(table);
    for (String line : layout.lines()) {
      out.println(line);
    }
    if (!layout.hidden().isEmpty()) {
      Labels l = labels == null ? new Labels(java.util.Locale.ROOT) : labels;
      String note = l.get("table.hidden", String.join(", ", layout.hidden()), layout.fullWidth());
      if (TextWidth.of(note) > width) {
        note = l.get("table.hidden_count", layout.hidden().size(), layout.fullWidth());
      }
      paragraph(note, Style.DIM);
    }
  }

  public static String json(Object view) {
    try {
      return JsonHolder.MAPPER.writeValueAsString(view) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String yaml(Object view) {
    try {
      return YamlHolder.MAPPER.writeValueAsString(view);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class JsonHolder {
    static final ObjectMapper MAPPER =
        JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new TerminalSafe()).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
  }

  /**
   * JSON escapes the C0 controls; this also escapes the C1 controls (U+0080 to U+009F, which some
   * terminals obey), the line and paragraph separators and the format characters (bidi overrides),
   * so JSON piped to a terminal cannot drive it either. The JSON means the same.
   */
  private static final class TerminalSafe extends CharacterEscapes {
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch >= 0x80 && !Character.isSurrogate((char) ch) && Sanitize.isUnsafe(ch)) {
        return new SerializedString(String.format("\\u%04X", ch));
      }
      return null;
    }
  }

  private static final class YamlHolder {
    static final ObjectMapper MAPPER =
        new YAMLMapper(
            new TerminalSafeYaml(
                YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)));
  }

  /**
   * YAML escapes the C0 and C1 controls but prints the format characters (bidi overrides and
   * isolates) and the separators raw; this escapes them as JSON does. A string or key holding one
   * is written double-quoted, where YAML allows escapes, and the character as {@code \\uXXXX}. The
   * YAML means the same.
   */
  private static final class TerminalSafeYaml extends YAMLFactory {
    TerminalSafeYaml(com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder builder) {
      super(builder.stringQuotingChecker(new QuoteUnsafe()));
    }

    @Override
    protected YAMLGenerator _createGenerator(java.io.Writer out, IOContext ctxt)
        throws java.io.IOException {
      return new YAMLGenerator(
          ctxt,
          _generatorFeatures,
          _yamlGeneratorFeatures,
          _quotingChecker,
          _objectCodec,
          new EscapingWriter(out),
          _version) {
        @Override
        public void writeString(String text) throws java.io.IOException {
          if (text != null && hasUnsafe(text)) {
            _verifyValueWrite("write String value");
            _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
          } else {
            super.writeString(text);
          }
        }
      };
    }
  }

  private static final class QuoteUnsafe extends StringQuotingChecker.Default {
    @Override
    public boolean needToQuoteName(String name) {
      return hasUnsafe(name) || super.needToQuoteName(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return hasUnsafe(value) || super.needToQuoteValue(value);
    }
  }

  private static boolean hasUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && !Character.isSurrogate(c) && Sanitize.isUnsafe(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces the unsafe characters left raw with their escapes; they only reach it inside
   * double-quoted scalars.
   */
  private static final class EscapingWriter extends java.io.FilterWriter {
    EscapingWriter(java.io.Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws java.io.IOException {
      if (c >= 0x80 && !Character.isSurrogate((char) c) && Sanitize.isUnsafe(c)) {
        out.write(String.format("\\u%04X", c));
      } else {
        out.write(c);
      }
    }

    @Override
    public void write(char[] buf, int off, int len) throws java.io.IOException {
      int start = off;
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        if (c >= 0x80 && !Character.isSurrogate(c) && Sanitize.isUnsafe(c)) {
          out.write(buf, start, i - start);
          write(c);
          start = i + 1;
        }
      }
      out.write(buf, start, off + len - start);
    }

    @Override
    public void write(String str, int off, int len) throws java.io.IOException {
      write(str.toCharArray(), off, len);
    }
  }
}
