package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.score.Method;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code weighted-sum} or {@code topsis}. */
final class MethodConverter implements ITypeConverter<Method> {
  @Override
  public Method convert(String value) {
    for (Method m : Method.values()) {
      if (m.toString().equalsIgnoreCase(value)
          || m.name().equalsIgnoreCase(value.replace('-', '_'))) {
        return m;
      }
    }
    throw new TypeConversionException(
        "expected weighted-sum or topsis, not '" + value.toLowerCase(Locale.ROOT) + "'");
  }
}
