package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.license.LicenseRegistry;
import java.util.List;

/**
 * The vocabularies a catalog refers to: licenses, tasks and weight profiles.
 *
 * @param licenses the license registry
 * @param tasks the task vocabulary
 * @param profiles the named weight profiles
 */
public record Registries(LicenseRegistry licenses, TaskVocabulary tasks, List<Profile> profiles) {
  public Registries {
    profiles = List.copyOf(profiles);
  }
}
