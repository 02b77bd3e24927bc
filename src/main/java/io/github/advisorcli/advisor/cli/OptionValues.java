package io.github.advisorcli.advisor.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks of global option values, applied alike to the command line and to the config file's
 * defaults: a value outside its range is a usage error, never a silent fallback.
 */
final class OptionValues {
  /** The narrowest and widest layout {@code --width} accepts. */
  static final int MIN_WIDTH = 20;

  static final int MAX_WIDTH = 1000;

  private OptionValues() {}

  /** {@code --width}: a whole number of columns within range. */
  static final class Columns implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int columns;
      try {
        columns = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a whole number of columns");
      }
      if (columns < MIN_WIDTH || columns > MAX_WIDTH) {
        throw new TypeConversionException(
            "must be between " + MIN_WIDTH + " and " + MAX_WIDTH + " columns, not " + columns);
      }
      return columns;
    }
  }

  /** {@code --lang}: English or Chinese, as a language tag or locale name (en, zh, zh_CN). */
  static final class Language implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String lang = value.trim().toLowerCase(Locale.ROOT);
      if (lang.matches("(en|zh)([_.@-].*)?")) {
        return value.trim();
      }
      throw new TypeConversionException("unknown language '" + value + "' (use en or zh)");
    }
  }
}
