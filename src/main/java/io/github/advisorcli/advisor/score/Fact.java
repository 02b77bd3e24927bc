package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.ParameterCount;
import java.util.Arrays;
import java.util.List;

/**
 * One fact behind a score, as a message key and its arguments; {@code render} turns it into a
 * sentence in the interface's language. Arguments are strings, numbers ({@link Double} for scores
 * and values, {@link Long} for counts) or {@link ParameterCount}s.
 *
 * @param key the message key, under {@code fact.} in the message bundles
 * @param args the values the sentence names
 */
public record Fact(String key, List<Object> args) {
  public Fact {
    args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
  }

  public static Fact of(String key, Object... args) {
    return new Fact(key, Arrays.asList(args));
  }
}
