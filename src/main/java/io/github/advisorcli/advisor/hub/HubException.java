package io.github.advisorcli.advisor.hub;

import io.github.advisorcli.advisor.AdvisorException;
import io.github.advisorcli.advisor.SourceLocation;

/**
 * A problem reading the Hub's answer or reaching the Hub: a malformed file, an error status, no
 * network. The CLI maps it to exit code 2.
 */
public class HubException extends AdvisorException {
  public HubException(String message) {
    super(message);
  }

  public HubException(String message, SourceLocation location) {
    super(message, location);
  }

  public HubException(String message, Throwable cause) {
    super(message, null, cause);
  }
}
