package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.catalog.Bundle;
import io.github.advisorcli.advisor.catalog.Catalog;
import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.catalog.Registries;
import io.github.advisorcli.advisor.render.Labels;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The state one run (or one interactive shell) shares between commands: the global options and the
 * catalog, which is loaded only when a command first asks for it and then kept.
 */
public final class Session {
  private final Environment environment;
  private AdvisorCommand options;
  private Bundle bundle;
  private Catalog catalog;
  private Registries registries;
  private Labels labels;
  private io.github.advisorcli.advisor.config.UserConfig config;
  private String catalogKey;

  public Session(Environment environment) {
    this.environment = environment;
  }

  public Environment environment() {
    return environment;
  }

  void attach(AdvisorCommand root) {
    this.options = root;
  }

  public boolean debug() {
    return options != null && options.debug;
  }

  boolean noDefaultCatalog() {
    return options != null && options.noDefaultCatalog;
  }

  public ColorMode color() {
    return options == null ? ColorMode.AUTO : options.color;
  }

  /**
   * The interface language: {@code --lang}, else {@code LC_ALL}, {@code LC_MESSAGES} or {@code
   * LANG}; Chinese or English.
   */
  public Labels labels() {
    String lang = options == null ? null : options.lang;
    return labelsFor(lang);
  }

  Labels labelsFor(String lang) {
    String chosen = lang;
    if (chosen == null) {
      for (String name : new String[] {"ADVISOR_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        chosen = environment.getenv(name);
        if (chosen != null) {
          break;
        }
      }
    }
    boolean zh = chosen != null && chosen.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    Locale locale = zh ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    if (labels == null || !labels.locale().equals(locale)) {
      labels = new Labels(locale);
    }
    return labels;
  }

  private io.github.advisorcli.advisor.AdvisorException configError;

  void configError(io.github.advisorcli.advisor.AdvisorException e) {
    if (configError == null) {
      configError = e;
    }
    config = io.github.advisorcli.advisor.config.UserConfig.NONE;
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
  public io.github.advisorcli.advisor.config.UserConfig config() {
    if (config == null) {
      config =
          io.github.advisorcli.advisor.config.UserConfigLoader.read(
              io.github.advisorcli.advisor.config.UserConfigLoader.location(environment.env()));
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

  private TerminalInfo terminal;

  /** The terminal, measured at most once and only when a width is asked for. */
  public TerminalInfo terminal() {
    if (terminal == null) {
      terminal = new TerminalInfo(environment);
    }
    return terminal;
  }

  /** Measures the terminal with {@code probe} instead of asking the system's. */
  void terminal(TerminalInfo.WidthProbe probe) {
    this.terminal = new TerminalInfo(environment, probe);
  }

  /** The interactive shell knows its terminal's width; commands run in it use that width. */
  void terminalWidth(int width) {
    terminal().shellWidth(width);
  }

  /** The width tables and help are laid out to: {@code --width}, else the terminal's, else 100. */
  public int width() {
    return terminal().width(options == null ? null : options.width);
  }

  /** The curated catalog compiled into the jar, read once. */
  public Bundle bundle() {
    if (bundle == null) {
      bundle = Catalogs.bundle();
    }
    return bundle;
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
    Map<Path, String> files = userFiles();
    if (noDefaultCatalog() && files.isEmpty()) {
      throw new AdvisorException(
          "--no-default-catalog needs at least one --catalog FILE (or ADVISOR_CATALOG)");
    }
    boolean noDefault = options != null && options.noDefaultCatalog;
    String key = noDefault + "|" + files;
    if (catalog == null || !key.equals(catalogKey)) {
      catalog = Catalogs.load(bundle(), files, !noDefault);
      catalogKey = key;
    }
    return catalog;
  }

  /**
   * The user's catalog files in merge order: ADVISOR_CATALOG, then --catalog; each with its display
   * name.
   */
  Map<Path, String> userFiles() {
    Map<Path, String> files = new LinkedHashMap<>();
    String fromEnv = environment.getenv("ADVISOR_CATALOG");
    if (fromEnv != null) {
      for (String part : fromEnv.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          files.put(resolve(Path.of(part)), part);
        }
      }
    }
    if (options != null) {
      for (Path p : options.catalogs) {
        files.put(resolve(p), p.toString());
      }
    }
    return files;
  }

  Path resolve(Path p) {
    return environment.workingDirectory().resolve(p).normalize();
  }
}
