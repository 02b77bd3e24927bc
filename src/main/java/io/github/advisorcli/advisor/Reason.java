package io.github.advisorcli.advisor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a model is left out of a ranking or breaks a policy rule, as a stable code and the values the
 * sentence names; {@code render} words it in the interface's language through the message bundles
 * (key {@code reason.<code>}), and machine-readable output may carry the code itself.
 *
 * <p>Arguments are strings, {@link ParameterCount}s, {@link ByteCount}s, {@link TokenCount}s,
 * {@link Double}s (scores and margins, written with two decimals), lists (of strings, written as
 * {@code [a, b]}; of reasons, joined with a semicolon), or nested reasons. The domain never formats
 * a number itself. A new kind of reason is a new code here and one line under {@code reason.} in
 * each message bundle.
 *
 * @param code what kind of reason, lower case with dots and underscores (e.g. {@code
 *     parameters.exceed}); stable, since JSON output carries it
 * @param args the values the sentence names, in the order the message uses them
 */
public record Reason(String code, List<Object> args) {
  public Reason {
    if (code == null || !code.matches("[a-z0-9_.]+")) {
      throw new IllegalArgumentException("invalid reason code: " + code);
    }
    args = Collections.unmodifiableList(new ArrayList<>(args));
  }

  public static Reason of(String code, Object... args) {
    return new Reason(code, Arrays.asList(args));
  }

  /** The message key the bundles word this reason under. */
  public String key() {
    return "reason." + code;
  }
}
