package io.github.advisorcli.advisor.hardware;

import java.util.List;

/**
 * A remark about an estimate: a message key and its arguments, worded by the render layer.
 *
 * @param key the message key, under {@code fit.note.}
 * @param args the values the message shows
 */
public record Note(String key, List<Object> args) {
  public Note {
    args = List.copyOf(args);
  }

  public static Note of(String key, Object... args) {
    return new Note(key, List.of(args));
  }
}
