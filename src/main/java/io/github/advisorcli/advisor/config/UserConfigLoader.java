package io.github.advisorcli.advisor.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.catalog.CatalogException;
import io.github.advisorcli.advisor.catalog.Profile;
import io.github.advisorcli.advisor.catalog.read.FieldLocator;
import io.github.advisorcli.advisor.catalog.read.ParseErrors;
import io.github.advisorcli.advisor.catalog.read.Parsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the user's config file strictly; a missing file is no config. */
public final class UserConfigLoader {
  /** The options whose defaults the config may set. */
  public static final Set<String> DEFAULTABLE =
      Set.of(
          "profile",
          "use",
          "missing",
          "method",
          "top",
          "precision",
          "lang",
          "color",
          "width",
          "format");

  record Raw(Map<String, Object> defaults, List<Profile> profiles) {}

  private UserConfigLoader() {}

  /**
   * The config file: {@code $XDG_CONFIG_HOME/advisor/config.yaml}, else {@code
   * ~/.config/advisor/config.yaml}.
   */
  public static Path location(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "advisor", "config.yaml");
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".config", "advisor", "config.yaml");
  }

  public static UserConfig read(Path file) {
    if (!Files.isRegularFile(file)) {
      return UserConfig.NONE;
    }
    String name = file.toString();
    ObjectMapper mapper = Parsers.yaml();
    Raw raw;
    try (JsonParser parser = mapper.getFactory().createParser(file.toFile())) {
      // An empty file, or one of comments only, is no config.
      raw = parser.nextToken() == null ? null : mapper.readValue(parser, Raw.class);
    } catch (JsonProcessingException e) {
      throw ParseErrors.describe(name, e);
    } catch (IOException e) {
      throw new CatalogException(
          "cannot read the file: " + io.github.advisorcli.advisor.AdvisorException.reason(e),
          SourceLocation.of(name),
          e);
    }
    if (raw == null) {
      return UserConfig.NONE;
    }
    Map<String, String> defaults = new LinkedHashMap<>();
    if (raw.defaults() != null) {
      for (Map.Entry<String, Object> e : raw.defaults().entrySet()) {
        if (!DEFAULTABLE.contains(e.getKey())) {
          throw new CatalogException(
              "'defaults' cannot set '"
                  + e.getKey()
                  + "'"
                  + io.github.advisorcli.advisor.Suggest.suffix(e.getKey(), DEFAULTABLE)
                  + " (it can set "
                  + String.join(", ", DEFAULTABLE.stream().sorted().toList())
                  + ")",
              SourceLocation.of(name));
        }
        Object v = e.getValue();
        if (v instanceof Map || v instanceof List || v == null) {
          throw new CatalogException(
              "'defaults." + e.getKey() + "' must be a single value", SourceLocation.of(name));
        }
        defaults.put(e.getKey(), String.valueOf(v));
      }
    }
    List<Profile> profiles = raw.profiles() == null ? List.of() : raw.profiles();
    Set<String> ids = new HashSet<>();
    for (Profile p : profiles) {
      if (p.id() == null || p.weights().isEmpty()) {
        throw new CatalogException(
            "each profile needs an 'id' and 'weights'", SourceLocation.of(name));
      }
      if (!ids.add(p.id().toLowerCase(Locale.ROOT))) {
        throw new CatalogException(
            "profile '" + p.id() + "' is defined twice", secondId(file, mapper, p.id()));
      }
    }
    return new UserConfig(defaults, profiles);
  }

  /**
   * Where the config file sets {@code defaults.<key>}, for errors in a value only found when an
   * option is given it; the file alone when it cannot be found.
   */
  public static SourceLocation locateDefault(Path file, String key) {
    ObjectMapper mapper = Parsers.yaml();
    SourceLocation start = new SourceLocation(file.toString(), 1, 1);
    SourceLocation defaults = FieldLocator.find(file, mapper, "defaults", start);
    if (defaults == start) {
      return SourceLocation.of(file.toString());
    }
    SourceLocation at = FieldLocator.find(file, mapper, key, defaults);
    return at == defaults ? SourceLocation.of(file.toString()) : at;
  }

  /** The second profile whose id is {@code id}. */
  private static SourceLocation secondId(Path file, ObjectMapper mapper, String id) {
    String name = file.toString();
    try (JsonParser scan = mapper.getFactory().createParser(file.toFile())) {
      int seen = 0;
      JsonToken t;
      while ((t = scan.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && scan.currentName().equals("id")) {
          JsonLocation at = scan.currentTokenLocation();
          if (scan.nextToken() == JsonToken.VALUE_STRING
              && scan.getText().equalsIgnoreCase(id)
              && ++seen == 2) {
            return ParseErrors.location(name, at);
          }
        }
      }
    } catch (IOException ignored) {
      // the file alone
    }
    return SourceLocation.of(name);
  }
}
