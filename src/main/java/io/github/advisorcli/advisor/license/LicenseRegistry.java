package io.github.advisorcli.advisor.license;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licenses advisor knows, found by id or alias (case-insensitive). A model's license may be one
 * id or an SPDX expression of ids joined by {@code OR} / {@code AND}.
 */
public final class LicenseRegistry {
  private static final Pattern TOKEN = Pattern.compile("\\(|\\)|[^\\s()]+");

  private final Map<String, License> byId = new LinkedHashMap<>();
  private final Map<String, License> byKey = new LinkedHashMap<>();

  // A catalog names few distinct expressions, each many times: remember them, up to a limit.
  private static final int MEMO_LIMIT = 4096;
  private final Map<String, String> normalized = new ConcurrentHashMap<>();
  private final Map<String, LicenseExpression> expressions = new ConcurrentHashMap<>();

  public LicenseRegistry(Collection<License> licenses) {
    for (License license : licenses) {
      if (byId.putIfAbsent(license.id(), license) != null) {
        throw new IllegalArgumentException("duplicate license id '" + license.id() + "'");
      }
      register(license.id(), license);
      for (String alias : license.aliases()) {
        register(alias, license);
      }
    }
  }

  private void register(String key, License license) {
    License previous = byKey.putIfAbsent(key.toLowerCase(Locale.ROOT), license);
    if (previous != null && previous != license) {
      throw new IllegalArgumentException(
          "license alias '" + key + "' names both " + previous.id() + " and " + license.id());
    }
  }

  public Collection<License> all() {
    return byId.values();
  }

  /** The license with this id or alias. */
  public Optional<License> find(String idOrAlias) {
    return Optional.ofNullable(byKey.get(idOrAlias.toLowerCase(Locale.ROOT)));
  }

  /**
   * The expression with every id or alias replaced by its registry id.
   *
   * @throws AdvisorException naming the unknown id, with the nearest known ones
   */
  public String normalize(String expression) {
    String known = normalized.get(expression);
    if (known != null) {
      return known;
    }
    String result = parse(expression);
    if (normalized.size() < MEMO_LIMIT) {
      normalized.put(expression, result);
    }
    return result;
  }

  private String parse(String expression) {
    StringBuilder out = new StringBuilder();
    Matcher m = TOKEN.matcher(expression.trim());
    boolean expectId = true;
    int ids = 0;
    while (m.find()) {
      String token = m.group();
      String upper = token.toUpperCase(Locale.ROOT);
      if (token.equals("(") || token.equals(")")) {
        out.append(token);
        continue;
      }
      if (!expectId && (upper.equals("OR") || upper.equals("AND"))) {
        out.append(' ').append(upper).append(' ');
        expectId = true;
        continue;
      }
      if (!expectId) {
        throw new AdvisorException(
            "invalid license expression '"
                + AdvisorException.abbreviate(expression)
                + "': expected OR or AND before '"
                + AdvisorException.abbreviate(token)
                + "'");
      }
      License license = byKey.get(token.toLowerCase(Locale.ROOT));
      if (license == null) {
        throw new io.github.advisorcli.advisor.UnknownNameException(
            "license", token, suggestions(token));
      }
      out.append(license.id());
      expectId = false;
      ids++;
    }
    if (ids == 0 || expectId) {
      throw new AdvisorException(
          "invalid license expression '" + AdvisorException.abbreviate(expression) + "'");
    }
    String result = out.toString();
    try {
      LicenseExpression.parse(result, byId::get);
    } catch (IllegalArgumentException e) {
      throw new AdvisorException(
          "invalid license expression '"
              + AdvisorException.abbreviate(expression)
              + "': "
              + e.getMessage());
    }
    return result;
  }

  /**
   * A normalised expression as a tree, which answers every question about it (commercial use, the
   * license that decides a value, whether a rule is met).
   */
  public LicenseExpression expression(String normalized) {
    LicenseExpression known = expressions.get(normalized);
    if (known != null) {
      return known;
    }
    LicenseExpression result;
    try {
      result = LicenseExpression.parse(normalized, byId::get);
    } catch (IllegalArgumentException e) {
      result = LicenseExpression.parse(normalize(normalized), byId::get);
    }
    if (expressions.size() < MEMO_LIMIT) {
      expressions.put(normalized, result);
    }
    return result;
  }

  /** The licenses named in a normalised expression, in order, each once. */
  public List<License> licensesIn(String expression) {
    return expression(expression).licenses();
  }

  /** The nearest license ids to a token, over ids and aliases, each license named once. */
  private List<String> suggestions(String token) {
    List<String> keys = new ArrayList<>(byId.keySet());
    for (License l : byId.values()) {
      keys.addAll(l.aliases());
    }
    return Suggest.nearest(token, keys).stream()
        .map(k -> byKey.get(k.toLowerCase(Locale.ROOT)).id())
        .distinct()
        .toList();
  }
}
