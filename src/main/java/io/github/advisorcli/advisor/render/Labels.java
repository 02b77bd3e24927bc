package io.github.advisorcli.advisor.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the interface (headings, labels, messages) in the user's language. */
public final class Labels {
  public static final String BUNDLE = "io.github.advisorcli.advisor.cli.Messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  public Labels(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Labels.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Locale locale() {
    return locale;
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public boolean chinese() {
    return "zh".equals(bundle.getLocale().getLanguage());
  }

  /**
   * How a task is named in headings: its id, with its Chinese name first in the Chinese interface.
   */
  public String taskName(io.github.advisorcli.advisor.catalog.Task task) {
    return chinese() && task.nameZh() != null ? task.nameZh() + " (" + task.id() + ")" : task.id();
  }

  /** The text for {@code key}, formatted with {@code args} when given. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }
}
