package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.ParameterCount;
import io.github.advisorcli.advisor.score.Fact;
import java.util.Locale;

/**
 * Words a {@link Fact} in the interface's language, its numbers the way every table writes them.
 */
public final class FactText {
  private FactText() {}

  public static String of(Fact fact, Labels l) {
    Object[] args = new Object[fact.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = value(fact.args().get(i), l);
    }
    return l.get(fact.key(), args);
  }

  private static String value(Object arg, Labels l) {
    if (arg == null) {
      return "";
    }
    if (arg instanceof Double d) {
      return Numbers.score(d);
    }
    if (arg instanceof Long n) {
      return String.format(Locale.ROOT, "%,d", n);
    }
    if (arg instanceof Integer n) {
      return Integer.toString(n);
    }
    if (arg instanceof ParameterCount p) {
      return Numbers.params(p.value());
    }
    if (arg instanceof Fact f) {
      return of(f, l);
    }
    return arg.toString();
  }
}
