package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.score.MissingPolicy;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --missing} by the policy's id (lowest-known, neutral, penalize). */
final class MissingPolicyConverter implements ITypeConverter<MissingPolicy> {
  @Override
  public MissingPolicy convert(String value) {
    for (MissingPolicy p : MissingPolicy.values()) {
      if (p.toString().equalsIgnoreCase(value)
          || p.name().equalsIgnoreCase(value.replace('-', '_'))) {
        return p;
      }
    }
    throw new TypeConversionException(
        "expected "
            + String.join(
                ", ", Arrays.stream(MissingPolicy.values()).map(Object::toString).toList())
            + ", not '"
            + value.toLowerCase(Locale.ROOT)
            + "'");
  }

  /** The policies' ids, for help and completion. */
  static final class Candidates extends java.util.ArrayList<String> {
    Candidates() {
      super(Arrays.stream(MissingPolicy.values()).map(Object::toString).toList());
    }
  }
}
