package io.github.advisorcli.advisor.render;

import io.github.advisorcli.advisor.check.CheckReport;
import io.github.advisorcli.advisor.check.Finding;
import io.github.advisorcli.advisor.check.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --format sarif}: SARIF 2.1.0, each result located at the manifest line of the model.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static String render(CheckReport report, String version) {
    List<Object> rules = new ArrayList<>();
    for (Rule r : Rule.values()) {
      rules.add(
          map(
              "id", r.id(),
              "name", r.id(),
              "shortDescription", map("text", "advisor policy rule " + r.id()),
              "helpUri", "https://github.com/advisorcli/advisor#ci"));
    }
    List<Object> results = new ArrayList<>();
    for (Finding f : report.violations()) {
      results.add(result(f, "error", null));
    }
    for (Finding f : report.excepted()) {
      results.add(result(f, "note", f.excepted().reason()));
    }
    for (Finding f : report.warnings()) {
      results.add(result(f, "warning", null));
    }
    Map<String, Object> driver =
        map(
            "name",
            "advisor",
            "version",
            version,
            "informationUri",
            "https://github.com/advisorcli/advisor",
            "rules",
            rules);
    Map<String, Object> run = map("tool", map("driver", driver), "results", results);
    Map<String, Object> root = map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run));
    return Output.json(root);
  }

  private static Map<String, Object> result(Finding f, String level, String suppression) {
    Map<String, Object> region = new LinkedHashMap<>();
    if (f.location().line() > 0) {
      region.put("startLine", f.location().line());
      if (f.location().column() > 0) {
        region.put("startColumn", f.location().column());
      }
    }
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", map("uri", uri(f.location().file())));
    if (!region.isEmpty()) {
      physical.put("region", region);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", f.rule() == null ? "manifest" : f.rule().id());
    result.put("level", level);
    result.put(
        "message",
        map(
            "text",
            ReasonText.english(f.reason())
                + (f.hint() == null ? "" : " — " + ReasonText.english(f.hint()))));
    result.put("locations", List.of(map("physicalLocation", physical)));
    if (suppression != null) {
      result.put("suppressions", List.of(map("kind", "external", "justification", suppression)));
    }
    return result;
  }

  /**
   * A file path as a URI reference (RFC 3986): forward slashes, and every byte that is not an
   * unreserved character, a sub-delimiter or {@code @} percent-encoded, {@code %} and {@code :}
   * included (a {@code :} in the first segment would read as a scheme).
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._~!$&'()*+,;=@/".indexOf(c) >= 0;
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
