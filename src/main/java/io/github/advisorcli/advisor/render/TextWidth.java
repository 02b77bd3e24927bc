package io.github.advisorcli.advisor.render;

import org.jline.utils.WCWidth;

/** Display width of text in a terminal: CJK and emoji take two columns, combining marks none. */
public final class TextWidth {
  private static final String ELLIPSIS = "…";

  private TextWidth() {}

  public static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += Math.max(0, WCWidth.wcwidth(cp));
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code s} cut to at most {@code width} columns, ending in an ellipsis when cut. */
  public static String truncate(String s, int width) {
    if (of(s) <= width) {
      return s;
    }
    if (width <= 0) {
      return "";
    }
    int budget = width - 1;
    StringBuilder out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = Math.max(0, WCWidth.wcwidth(cp));
      if (used + w > budget) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.append(ELLIPSIS).toString();
  }

  /**
   * {@code s} padded with spaces to {@code width} columns, on the right or (for numbers) the left.
   */
  public static String pad(String s, int width, boolean right) {
    int gap = width - of(s);
    if (gap <= 0) {
      return s;
    }
    String spaces = " ".repeat(gap);
    return right ? spaces + s : s + spaces;
  }

  /**
   * Word-wraps {@code s} to lines of at most {@code width} columns; a word longer than a line is
   * cut.
   */
  public static java.util.List<String> wrap(String s, int width) {
    return wrap(s, width, width);
  }

  /**
   * Word-wraps {@code s} with a hanging indent: the first line at most {@code first} columns, the
   * others at most {@code rest}.
   */
  public static java.util.List<String> wrap(String s, int first, int rest) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    int w = Math.max(1, first);
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (of(candidate) <= w) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
        w = Math.max(1, rest);
      }
      int start = 0;
      int end;
      while ((end = headEnd(word, start, w)) < word.length()) {
        lines.add(word.substring(start, end));
        start = end;
        w = Math.max(1, rest);
      }
      line.append(word, start, word.length());
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Where the head of {@code s} from {@code from} that fits in {@code width} columns ends: {@code
   * s.length()} when the rest fits, else cut after the last hyphen, slash or underscore in reach
   * (at least one code point). Scans at most one line's worth, so cutting a long word is linear.
   */
  private static int headEnd(String s, int from, int width) {
    int used = 0;
    int i = from;
    int lastBreak = -1;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int w = Math.max(0, WCWidth.wcwidth(cp));
      if (used + w > width) {
        break;
      }
      used += w;
      i += Character.charCount(cp);
      if (cp == '-' || cp == '/' || cp == '_') {
        lastBreak = i;
      }
    }
    if (i >= s.length()) {
      return s.length();
    }
    if (lastBreak > from) {
      return lastBreak;
    }
    return Math.max(i, from + Character.charCount(s.codePointAt(from)));
  }
}
