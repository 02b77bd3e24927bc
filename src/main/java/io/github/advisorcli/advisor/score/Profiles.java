package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.SourceLocation;
import io.github.advisorcli.advisor.Suggest;
import io.github.advisorcli.advisor.UnknownNameException;
import io.github.advisorcli.advisor.catalog.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The weight profiles a run knows, and the one place a profile name becomes weights: the bundled
 * profiles with the user's own added (a user profile replaces a bundled one of the same id, names
 * compared without case). Every command and the MCP tools resolve profiles here, so a profile that
 * works for {@code recommend} works in a manifest checked by {@code check}.
 */
public final class Profiles {
  /** The profile used when none is named. */
  public static final String DEFAULT = "balanced";

  private final List<Profile> all;

  private Profiles(List<Profile> all) {
    this.all = List.copyOf(all);
  }

  /** The bundled profiles, then the user's: a user profile replaces a bundled one of its id. */
  public static Profiles of(List<Profile> bundled, List<Profile> user) {
    Map<String, Profile> merged = new LinkedHashMap<>();
    for (Profile p : bundled) {
      merged.put(key(p.id()), p);
    }
    for (Profile p : user) {
      merged.put(key(p.id()), p);
    }
    return new Profiles(List.copyOf(merged.values()));
  }

  public static Profiles of(List<Profile> bundled) {
    return of(bundled, List.of());
  }

  private static String key(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** Every profile, bundled first. */
  public List<Profile> all() {
    return all;
  }

  public List<String> ids() {
    return all.stream().map(Profile::id).toList();
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** The profile named {@code name} (case aside), if there is one. */
  public Optional<Profile> find(String name) {
    return all.stream().filter(p -> p.id().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * The profile named {@code name}.
   *
   * @param where where the name was written, or null for the command line
   * @throws UnknownNameException naming the nearest profiles
   */
  public Profile resolve(String name, SourceLocation where) {
    return find(name)
        .orElseThrow(
            () -> new UnknownNameException("profile", name, Suggest.nearest(name, ids()), where));
  }

  /**
   * The weights of the profile named {@code name}; with no name, the default profile's, or equal
   * weights when there are no profiles at all.
   *
   * @param where where the name was written, or null for the command line
   */
  public Weights weights(String name, SourceLocation where) {
    if (name == null) {
      return find(DEFAULT).map(p -> Weights.fromKeys(p.weights())).orElse(Weights.equal());
    }
    return Weights.fromKeys(resolve(name, where).weights());
  }
}
