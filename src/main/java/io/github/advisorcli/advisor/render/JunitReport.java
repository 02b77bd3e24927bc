package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.check.CheckReport;
import io.github.advisorcli.advisor.check.Finding;
import io.github.advisorcli.advisor.check.Rule;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code check --format junit}: JUnit XML as CI servers read it. One test suite per model, one test
 * case per rule: a broken rule is a failure, an excepted one is skipped with the exception's
 * reason.
 */
public final class JunitReport {
  private JunitReport() {}

  public static String render(CheckReport report) {
    List<Rule> rules =
        new ArrayList<>(
            List.of(
                Rule.LICENSE, Rule.OPEN_WEIGHTS, Rule.MAX_PARAMETERS, Rule.MIN_SCORE, Rule.DRIFT));
    StringBuilder suites = new StringBuilder();
    int tests = 0;
    int failures = 0;
    for (CheckReport.Checked c : report.models()) {
      StringBuilder cases = new StringBuilder();
      int suiteFailures = 0;
      int suiteSkipped = 0;
      for (Rule rule : rules) {
        Finding violation = find(report.violations(), c, rule);
        Finding excepted = find(report.excepted(), c, rule);
        cases
            .append("    <testcase name=\"")
            .append(x(rule.id()))
            .append("\" classname=\"")
            .append(x("advisor." + c.use().id()))
            .append("\" time=\"0\"");
        if (violation != null) {
          suiteFailures++;
          cases
              .append(">\n      <failure message=\"")
              .append(x(ReasonText.english(violation.reason())))
              .append("\" type=\"")
              .append(x(rule.id()))
              .append("\">")
              .append(text(detail(report, violation)))
              .append("</failure>\n    </testcase>\n");
        } else if (excepted != null) {
          suiteSkipped++;
          cases
              .append(">\n      <skipped message=\"")
              .append(x("excepted: " + excepted.excepted().reason()))
              .append("\"/>\n    </testcase>\n");
        } else {
          cases.append("/>\n");
        }
      }
      tests += rules.size();
      failures += suiteFailures;
      suites
          .append("  <testsuite name=\"")
          .append(x(c.use().id() + " (" + c.task() + ")"))
          .append("\" tests=\"")
          .append(rules.size())
          .append("\" failures=\"")
          .append(suiteFailures)
          .append("\" errors=\"0\" skipped=\"")
          .append(suiteSkipped)
          .append("\" time=\"0\">\n")
          .append(cases)
          .append("  </testsuite>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"advisor check\" tests=\""
        + tests
        + "\" failures=\""
        + failures
        + "\" errors=\"0\" time=\"0\">\n"
        + suites
        + "</testsuites>\n";
  }

  private static String detail(CheckReport report, Finding f) {
    return report.manifest().file()
        + ":"
        + f.location().line()
        + ":"
        + f.location().column()
        + ": "
        + ReasonText.english(f.reason())
        + (f.hint() == null ? "" : "\n" + ReasonText.english(f.hint()));
  }

  private static Finding find(List<Finding> findings, CheckReport.Checked c, Rule rule) {
    return findings.stream()
        .filter(f -> f.rule() == rule && f.location().equals(c.use().location()))
        .findFirst()
        .orElse(null);
  }

  /** XML-escaped text of several lines: each line made safe on its own, the line breaks kept. */
  static String text(String s) {
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(x(line));
    }
    return out.toString();
  }

  /** XML-escaped text, with control characters (not allowed in XML 1.0) dropped. */
  static String x(String s) {
    return StringEscapeUtils.escapeXml10(Sanitize.line(s));
  }
}
