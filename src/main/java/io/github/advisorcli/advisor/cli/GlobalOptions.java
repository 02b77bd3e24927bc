package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.render.Labels;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The top-level options of a run as parsed ({@code --catalog}, {@code --no-default-catalog}, {@code
 * --width}, {@code --color}, {@code --lang}, {@code --debug}), with the environment variables that
 * stand in for them when they are not given. Before a command line is parsed, every option has its
 * default.
 */
public final class GlobalOptions {
  private final Environment environment;
  private AdvisorCommand root;
  private Labels labels;

  GlobalOptions(Environment environment) {
    this.environment = environment;
  }

  /** The options are those of this (parsed, or about to be parsed) root command from now on. */
  void attach(AdvisorCommand root) {
    this.root = root;
  }

  public boolean debug() {
    return root != null && root.debug;
  }

  boolean noDefaultCatalog() {
    return root != null && root.noDefaultCatalog;
  }

  public ColorMode color() {
    return root == null ? ColorMode.AUTO : root.color;
  }

  /** {@code --width}, or null when not given. */
  Integer width() {
    return root == null ? null : root.width;
  }

  /**
   * The interface language: {@code --lang}, else {@code ADVISOR_LOCALE}, {@code LC_ALL}, {@code
   * LC_MESSAGES} or {@code LANG}; Chinese or English.
   */
  public Labels labels() {
    Locale locale = locale(root == null ? null : root.lang);
    if (labels == null || !labels.locale().equals(locale)) {
      labels = new Labels(locale);
    }
    return labels;
  }

  /** The interface language the environment asks for, before {@code --lang} is known. */
  Locale environmentLocale() {
    return locale(null);
  }

  private Locale locale(String lang) {
    String chosen = lang;
    if (chosen == null) {
      for (String name : new String[] {"ADVISOR_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        chosen = environment.getenv(name);
        if (chosen != null) {
          break;
        }
      }
    }
    boolean zh = chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("zh");
    return zh ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
  }

  /**
   * The user's catalog files in merge order: ADVISOR_CATALOG, then --catalog; each with its display
   * name.
   */
  Map<Path, String> catalogFiles() {
    Map<Path, String> files = new LinkedHashMap<>();
    String fromEnv = environment.getenv("ADVISOR_CATALOG");
    if (fromEnv != null) {
      for (String part : fromEnv.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          files.put(environment.resolve(Path.of(part)), part);
        }
      }
    }
    if (root != null) {
      for (Path p : root.catalogs) {
        files.put(environment.resolve(p), p.toString());
      }
    }
    return files;
  }
}
