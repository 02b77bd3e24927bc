package io.github.advisorcli.advisor.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an age limit such as {@code 180d}, {@code 26w} or {@code 1y} (365 days), in days. */
final class FactAge implements ITypeConverter<Long> {
  private static final Pattern AGE = Pattern.compile("(\\d{1,6})\\s*([dwy]?)");

  @Override
  public Long convert(String value) {
    Matcher m = AGE.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new TypeConversionException(
          "expected an age such as 180d, 26w or 1y, not '" + value + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "w" -> n * 7;
      case "y" -> n * 365;
      default -> n;
    };
  }
}
