package io.github.advisorcli.advisor.render;

/**
 * Makes text from files safe to print: control characters (ESC, BEL, CR, ...) and Unicode format
 * and bidi controls are shown as visible escapes, so a catalog cannot recolour, retitle or clear a
 * terminal.
 */
public final class Sanitize {
  private Sanitize() {}

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
