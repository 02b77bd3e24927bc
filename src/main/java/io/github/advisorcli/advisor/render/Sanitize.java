package io.github.advisorcli.advisor.render;

/**
 * Makes text from files safe to print: control characters (ESC, BEL, CR, ...) and Unicode format
 * and bidi controls are shown as visible escapes, so a catalog cannot recolour, retitle or clear a
 * terminal.
 */
public final class Sanitize {
  /**
   * Longest message printed, in characters: an error may quote a value from a file, and a hostile
   * file's value can be a megabyte long.
   */
  public static final int MAX_MESSAGE = 1000;

  private Sanitize() {}

  /** One line of a message: {@link #line} cut to {@link #MAX_MESSAGE} characters. */
  public static String message(String s) {
    String line = line(s);
    if (line.length() <= MAX_MESSAGE) {
      return line;
    }
    int end = MAX_MESSAGE - 1;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end) + "…";
  }

  /** One line: newlines and tabs become spaces; other controls are made visible. */
  public static String line(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      String replacement = null;
      if (cp == '\n' || cp == '\t' || cp == '\r') {
        replacement = " ";
      } else if (isUnsafe(cp)) {
        replacement = String.format("\\u%04X", cp);
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.appendCodePoint(cp);
        }
      }
      i += Character.charCount(cp);
    }
    return out == null ? s : out.toString();
  }

  static boolean isUnsafe(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT && cp != 0x200D
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED && cp > 0xFFFF;
  }
}
