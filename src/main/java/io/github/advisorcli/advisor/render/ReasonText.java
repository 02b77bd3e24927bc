package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.Reason;
import java.util.List;
import java.util.Locale;

/**
 * Words a {@link Reason} (an exclusion or a check finding) in the interface's language, its numbers
 * the way every table writes them.
 */
public final class ReasonText {
  /**
   * Reasons in JSON, YAML, CSV, SARIF and JUnit are in English, whatever the interface language.
   */
  public static final Labels ENGLISH = new Labels(Locale.ROOT);

  private ReasonText() {}

  public static String of(Reason reason, Labels l) {
    if (reason == null) {
      return null;
    }
    Object[] args = new Object[reason.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = value(reason.args().get(i), l);
    }
    return l.get(reason.key(), args);
  }

  /** The reason in English, for machine-readable output. */
  public static String english(Reason reason) {
    return of(reason, ENGLISH);
  }

  private static String value(Object arg, Labels l) {
    if (arg instanceof Reason r) {
      return of(r, l);
    }
    if (arg instanceof List<?> list) {
      if (!list.isEmpty() && list.stream().allMatch(Reason.class::isInstance)) {
        return String.join(l.get("reason.joiner"), list.stream().map(x -> value(x, l)).toList());
      }
      return list.stream().map(x -> value(x, l)).toList().toString();
    }
    return Numbers.value(arg);
  }
}
