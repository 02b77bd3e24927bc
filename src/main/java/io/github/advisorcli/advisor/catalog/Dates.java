package io.github.advisorcli.advisor.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;

/** ISO dates ({@code YYYY-MM-DD}) as catalogs write them, read quickly. */
public final class Dates {
  private Dates() {}

  /**
   * The date, exactly as {@link LocalDate#parse(CharSequence)} reads it, with the same exceptions;
   * the common {@code YYYY-MM-DD} form skips the formatter.
   */
  public static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // fall through for the formatter's own message
        }
      }
    }
    return LocalDate.parse(text);
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
