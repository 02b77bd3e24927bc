package io.github.advisorcli.advisor.config;

import io.github.advisorcli.advisor.catalog.Profile;
import java.util.List;
import java.util.Map;

/**
 * The user's own settings ({@code $XDG_CONFIG_HOME/advisor/config.yaml}): default option values and
 * extra weight profiles.
 *
 * @param defaults option name (without dashes) to its default value, e.g. {@code profile:
 *     production}
 * @param profiles the user's weight profiles; one with a bundled profile's id replaces it
 */
public record UserConfig(Map<String, String> defaults, List<Profile> profiles) {
  public static final UserConfig NONE = new UserConfig(Map.of(), List.of());

  public UserConfig {
    defaults = Map.copyOf(defaults);
    profiles = List.copyOf(profiles);
  }
}
