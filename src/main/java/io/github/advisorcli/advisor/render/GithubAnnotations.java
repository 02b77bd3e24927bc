package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.check.CheckReport;
import io.github.advisorcli.advisor.check.Finding;

/**
 * {@code check --format github}: workflow commands that annotate the manifest in a GitHub pull
 * request.
 */
public final class GithubAnnotations {
  private GithubAnnotations() {}

  public static String render(CheckReport report) {
    StringBuilder out = new StringBuilder();
    for (Finding f : report.violations()) {
      out.append(line("error", f));
    }
    for (Finding f : report.warnings()) {
      out.append(line("warning", f));
    }
    for (Finding f : report.excepted()) {
      out.append(line("notice", f));
    }
    return out.toString();
  }

  private static String line(String level, Finding f) {
    StringBuilder props = new StringBuilder("file=").append(property(f.location().file()));
    if (f.location().line() > 0) {
      props.append(",line=").append(f.location().line());
      if (f.location().column() > 0) {
        props.append(",col=").append(f.location().column());
      }
    }
    if (f.rule() != null) {
      props.append(",title=").append(property("advisor: " + f.rule().id()));
    }
    String message =
        ReasonText.english(f.reason())
            + (f.excepted() != null ? " (excepted: " + f.excepted().reason() + ")" : "")
            + (f.hint() == null ? "" : "\n" + ReasonText.english(f.hint()));
    return "::" + level + " " + props + "::" + data(message) + "\n";
  }

  /** Escapes a message as GitHub's workflow commands require. */
  static String data(String s) {
    StringBuilder out = new StringBuilder();
    String[] lines = s.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("%0A");
      }
      out.append(Sanitize.line(lines[i]).replace("%", "%25"));
    }
    return out.toString();
  }

  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
