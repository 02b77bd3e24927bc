package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Capability;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --capability} by the capability's id (tool-calling, image-input, ...). */
final class CapabilityConverter implements ITypeConverter<Capability> {
  @Override
  public Capability convert(String value) {
    Capability c = Capability.parse(value);
    if (c == null) {
      throw new TypeConversionException(
          "expected "
              + String.join(", ", new Candidates())
              + ", not '"
              + value.toLowerCase(Locale.ROOT)
              + "'");
    }
    return c;
  }

  /** The capabilities' ids, for help and completion. */
  static final class Candidates extends java.util.ArrayList<String> {
    Candidates() {
      super(Arrays.stream(Capability.values()).map(Capability::id).toList());
    }
  }
}
