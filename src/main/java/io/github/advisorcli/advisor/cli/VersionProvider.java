package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Catalogs;
import io.github.advisorcli.advisor.catalog.bundle.Bundle;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code advisor --version}: the build's version and the bundled catalog's date and size. */
public final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "/io/github/advisorcli/advisor/version.properties";

  /** The build's version, from the Maven-filtered resource. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    Bundle bundle = Catalogs.bundle();
    return new String[] {
      "advisor " + version(),
      "catalog as of "
          + bundle.asOf()
          + ", "
          + bundle.models().size()
          + " models, "
          + bundle.licenses().size()
          + " licenses, "
          + bundle.tasks().size()
          + " tasks"
    };
  }
}
