package io.github.advisorcli.advisor.render;

import java.io.PrintWriter;
import java.util.List;

/** Label–value lines of a card, labels padded by display width, values wrapped to the width. */
public final class Cards {
  private Cards() {}

  public static void fields(List<String[]> rows, Output out) {
    PrintWriter w = out.writer();
    int labelWidth = 0;
    for (String[] r : rows) {
      labelWidth = Math.max(labelWidth, TextWidth.of(r[0]));
    }
    String indent = " ".repeat(labelWidth + 4);
    for (String[] r : rows) {
      List<String> lines = TextWidth.wrap(Sanitize.line(r[1]), out.width() - indent.length());
      w.println(
          "  "
              + out.styles().apply(Style.DIM, TextWidth.pad(r[0], labelWidth, false))
              + "  "
              + lines.get(0));
      for (int i = 1; i < lines.size(); i++) {
        w.println(indent + lines.get(i));
      }
    }
  }
}
