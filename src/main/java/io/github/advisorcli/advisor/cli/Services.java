package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import io.github.advisorcli.advisor.config.UserConfig;
import io.github.advisorcli.advisor.config.UserConfigLoader;
import io.github.advisorcli.advisor.render.Labels;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * What commands work with, each built on first use and then kept for the run (or the interactive
 * shell): the bundled catalog, the license registry, task vocabulary and profiles, the catalog the
 * global options select, and the user's config file.
 */
public final class Services {
  private final Environment environment;
  private final GlobalOptions options;
  private Bundle bundle;
  private FutureTask<Bundle> pendingBundle;
  private FutureTask<Catalog> pendingCatalog;
  private Registries registries;
  private Catalog catalog;
  private String catalogKey;
  private UserConfig config;
  private AdvisorException configError;

  Services(Environment environment, GlobalOptions options) {
    this.environment = environment;
    this.options = options;
  }

  /** Remembers that reading the config file failed; the run goes on without it until checked. */
  void configError(AdvisorException e) {
    if (configError == null) {
      configError = e;
    }
    config = UserConfig.NONE;
  }

  /** Throws the config file's error, if reading it failed. */
  void checkConfig() {
    if (configError != null) {
      var e = configError;
      configError = null;
      config = null;
      throw e;
    }
  }

  /** The user's config file, read once; none when the file does not exist. */
  public UserConfig config() {
    if (config == null) {
      config = UserConfigLoader.read(UserConfigLoader.location(environment.env()));
    }
    return config;
  }

  /**
   * The weight profiles: the bundled ones, with the user's added (a user profile replaces one of
   * the same id). Reading them loads no models.
   */
  public io.github.advisorcli.advisor.score.Profiles profiles() {
    return io.github.advisorcli.advisor.score.Profiles.of(
        registries().profiles(), config().profiles());
  }

  /**
   * Starts reading the interface's words and the bundled catalog on a thread of its own, so that
   * both overlap building the command line (picocli's reflection): the words land in the JDK's
   * resource bundle cache, where {@link Labels} finds them; {@link #bundle} waits for the bundle,
   * and {@link #catalog} for the catalog of the bundled models alone, which is made next unless
   * {@code ADVISOR_CATALOG} names files (it is used only when no option adds or leaves out any).
   */
  void prefetch() {
    if (bundle == null && pendingBundle == null) {
      Locale locale = options.environmentLocale();
      FutureTask<Bundle> bundleTask =
          new FutureTask<>(
              () -> {
                new Labels(locale);
                return Catalogs.bundle();
              });
      boolean userFiles;
      try {
        userFiles = !options.catalogFiles().isEmpty();
      } catch (RuntimeException e) {
        userFiles = true; // reported when the catalog is asked for, as without reading ahead
      }
      FutureTask<Catalog> catalogTask =
          userFiles
              ? null
              : new FutureTask<>(() -> Catalogs.load(await(bundleTask), Map.of(), true));
      pendingBundle = bundleTask;
      pendingCatalog = catalogTask;
      Thread reader =
          new Thread(
              () -> {
                bundleTask.run();
                if (catalogTask != null) {
                  catalogTask.run();
                }
              },
              "advisor-bundle");
      reader.setDaemon(true);
      reader.start();
    }
  }

  /** The curated catalog compiled into the jar, read once. */
  public Bundle bundle() {
    if (bundle == null) {
      bundle = pendingBundle == null ? Catalogs.bundle() : await(pendingBundle);
      pendingBundle = null;
    }
    return bundle;
  }

  private static <T> T await(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The bundled license registry, task vocabulary and profiles, without loading any models. */
  public Registries registries() {
    if (catalog != null) {
      return new Registries(catalog.licenses(), catalog.tasks(), catalog.profiles());
    }
    if (registries == null) {
      registries = Catalogs.registries(bundle());
    }
    return registries;
  }

  /**
   * The catalog for this run: bundled models unless left out, then {@code ADVISOR_CATALOG}, then
   * {@code --catalog}.
   */
  public Catalog catalog() {
    Map<Path, String> files = options.catalogFiles();
    boolean noDefault = options.noDefaultCatalog();
    if (noDefault && files.isEmpty()) {
      throw new AdvisorException(
          "--no-default-catalog needs at least one --catalog FILE (or ADVISOR_CATALOG)");
    }
    String key = noDefault + "|" + files;
    if (catalog == null || !key.equals(catalogKey)) {
      catalog =
          pendingCatalog != null && files.isEmpty() && !noDefault
              ? await(pendingCatalog)
              : Catalogs.load(bundle(), files, !noDefault);
      catalogKey = key;
      pendingCatalog = null;
    }
    return catalog;
  }
}
