package io.github.advisorcli.advisor.cli;

import io.github.advisorcli.advisor.catalog.Bundle;
import io.github.advisorcli.advisor.catalog.Catalogs;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code advisor --version}: the build's version and the bundled catalog's date and size. */
public final class VersionProvider implements IVersionProvider {
  static final String RESOURCE = "/io/github/advisorcli/advisor/version.properties";

  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    }
    Bundle bundle = Catalogs.bundle();
    return new String[] {
      "advisor " + p.getProperty("version", "unknown"),
      "catalog as of "
          + bundle.asOf()
          + ", "
          + bundle.models().size()
          + " models, "
          + bundle.licenses().size()
          + " licenses, "
          + bundle.tasks().size()
          + " tasks",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
