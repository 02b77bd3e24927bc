package io.github.advisorcli.advisor.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Default option values from the user's config file; the command line always wins. */
final class ConfigDefaults implements IDefaultValueProvider {
  private final Services services;

  ConfigDefaults(Services services) {
    this.services = services;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    String name = option.longestName();
    int dashes = 0;
    while (dashes < name.length() && name.charAt(dashes) == '-') {
      dashes++;
    }
    name = name.substring(dashes);
    if (name.equals("format")
        && option.type() != io.github.advisorcli.advisor.render.OutputFormat.class
        && option.type() != RecommendCommand.Format.class) {
      // check has formats of its own (junit, sarif, ...); a listing default does not apply to it.
      return null;
    }
    try {
      return services.config().defaults().get(name);
    } catch (io.github.advisorcli.advisor.AdvisorException e) {
      // Reported once parsing is done, as one line with the file's location (see Cli).
      services.configError(e);
      return null;
    }
  }
}
