package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.ByteCount;
import io.github.advisorcli.advisor.ParameterCount;
import io.github.advisorcli.advisor.TokenCount;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place numbers are written for people: parameter counts (124M, 1.5B), bytes (13.5 GiB),
 * token counts, scores and weights. Tables, explanations, exclusion reasons and check findings all
 * write a number here, so the same number reads the same everywhere.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * A value the domain hands over: a typed count ({@link ParameterCount}, {@link ByteCount}, {@link
   * TokenCount}) or a {@link Double} score written as every table writes it, anything else as its
   * text; null as empty.
   */
  public static String value(Object arg) {
    if (arg == null) {
      return "";
    }
    if (arg instanceof Double d) {
      return score(d);
    }
    if (arg instanceof ParameterCount p) {
      return params(p.value());
    }
    if (arg instanceof ByteCount b) {
      return bytes(b.value());
    }
    if (arg instanceof TokenCount t) {
      return Long.toString(t.value());
    }
    if (arg instanceof java.util.List<?> list) {
      // Lists read as plain text in every format, CSV included: items joined with "; ".
      return String.join("; ", list.stream().map(Numbers::value).toList());
    }
    return arg.toString();
  }

  /** A parameter count as 124M, 1.5B, 46.7B; empty when unknown. */
  public static String params(Long count) {
    if (count == null) {
      return "";
    }
    long n = count;
    if (n >= 1_000_000_000L) {
      return trim(n / 1e9) + "B";
    }
    if (n >= 1_000_000L) {
      return trim(n / 1e6) + "M";
    }
    if (n >= 1_000L) {
      return trim(n / 1e3) + "k";
    }
    return Long.toString(n);
  }

  /** A number of bytes as 512 B, 350 MiB, 13.5 GiB. */
  public static String bytes(long n) {
    if (n >= 1L << 30) {
      return trim(n / (double) (1L << 30)) + " GiB";
    }
    if (n >= 1L << 20) {
      return trim(n / (double) (1L << 20)) + " MiB";
    }
    return n + " B";
  }

  /** Three significant digits at most (two decimals below 10, one below 100), no trailing zeros. */
  static String trim(double v) {
    // Rounded half up from the shortest decimal form, as %.2f would (without a Formatter).
    return BigDecimal.valueOf(v)
        .setScale(v >= 100 ? 0 : v >= 10 ? 1 : 2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** A context length in tokens as 512, 8k, 128k (powers of two are shown in units of 1024). */
  public static String tokens(Long count) {
    if (count == null) {
      return "";
    }
    if (count >= 1024 && count % 1024 == 0) {
      return count / 1024 + "k";
    }
    return Long.toString(count);
  }

  /** A weight with two decimals, or four when two would make it look equal to {@code other}. */
  public static String weight(double value, double other) {
    String two = score(value);
    return two.equals(score(other))
        ? BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString()
        : two;
  }

  /** A score in [0,1] with two decimals. */
  public static String score(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
