package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.AdvisorException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses sizes as users write them: parameter counts (1.5B, 350M), token counts (8k) and bytes
 * (8GiB, 512MB). Writing them is {@code render.Numbers}'s.
 */
public final class Sizes {
  // At most 19 digits before the point and 19 after: enough for any long, and no huge BigDecimal.
  private static final Pattern COUNT =
      Pattern.compile("(\\d{1,19}(?:\\.\\d{1,19})?)\\s*([kKmMbBtT]?)");
  private static final Pattern BYTES =
      Pattern.compile("(\\d{1,40}(?:\\.\\d{1,40})?)\\s*([kKmMgGtT]i?[bB]|[bB]?)");

  private Sizes() {}

  /** 1.5B, 350M, 8k, 1T or a plain number. */
  public static long parseCount(String text) {
    Matcher m = COUNT.matcher(text.trim());
    if (!m.matches()) {
      throw new AdvisorException(
          "invalid count '"
              + AdvisorException.abbreviate(text)
              + "': use a number with k, M, B or T (e.g. 1.5B, 8k)");
    }
    BigDecimal n = new BigDecimal(m.group(1));
    long unit =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "k" -> 1_000L;
          case "m" -> 1_000_000L;
          case "b" -> 1_000_000_000L;
          case "t" -> 1_000_000_000_000L;
          default -> 1L;
        };
    BigDecimal count = n.multiply(BigDecimal.valueOf(unit));
    if (count.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new AdvisorException("count '" + text.trim() + "' is too large");
    }
    return count.longValue();
  }

  /**
   * A token count: 8k means 8192 (powers of two, as context lengths are quoted), or a plain number.
   */
  public static long parseTokens(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("k")) {
      return Math.round(parseDecimal(t.substring(0, t.length() - 1), text) * 1024);
    }
    if (t.endsWith("m")) {
      return Math.round(parseDecimal(t.substring(0, t.length() - 1), text) * 1024 * 1024);
    }
    return Math.round(parseDecimal(t, text));
  }

  private static double parseDecimal(String digits, String original) {
    try {
      double v = Double.parseDouble(digits);
      if (v < 0 || !Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new AdvisorException(
          "invalid token count '" + original + "': use e.g. 4096, 8k or 128k");
    }
  }

  /** 8GiB, 512MiB, 16GB (decimal), or plain bytes. */
  public static long parseBytes(String text) {
    Matcher m = BYTES.matcher(text.trim());
    if (!m.matches()) {
      throw new AdvisorException("invalid size '" + text + "': use e.g. 8GiB, 512MiB or 16GB");
    }
    BigDecimal n = new BigDecimal(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    long factor =
        switch (unit) {
          case "kib" -> 1L << 10;
          case "mib" -> 1L << 20;
          case "gib" -> 1L << 30;
          case "tib" -> 1L << 40;
          case "kb" -> 1_000L;
          case "mb" -> 1_000_000L;
          case "gb" -> 1_000_000_000L;
          case "tb" -> 1_000_000_000_000L;
          default -> 1L;
        };
    BigDecimal bytes = n.multiply(BigDecimal.valueOf(factor));
    if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new AdvisorException("size '" + text.trim() + "' is too large");
    }
    return bytes.longValue();
  }
}
