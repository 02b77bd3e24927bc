package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.score.Sizes;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Human forms of counts: 124M, 1.5B, 128k. */
public final class Numbers {
  private Numbers() {}

  /** A parameter count as 124M, 1.5B, 46.7B; empty when unknown. */
  public static String params(Long count) {
    return count == null ? "" : Sizes.count(count);
  }

  /** A number of bytes as 512 B, 350 MiB, 13.5 GiB. */
  public static String bytes(long count) {
    return Sizes.bytes(count);
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
