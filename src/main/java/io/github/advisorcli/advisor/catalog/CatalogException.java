package io.github.advisorcli.advisor.catalog;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.SourceLocation;

/** A catalog, registry or manifest file that cannot be read or is not valid. */
public class CatalogException extends AdvisorException {
  public CatalogException(String message, SourceLocation location) {
    super(message, location);
  }

  public CatalogException(String message, SourceLocation location, Throwable cause) {
    super(message, location, cause);
  }
}
