package io.github.advisorcli.advisor;

/**
 * A model, task or license the user named that does not exist; the message offers the nearest
 * names.
 */
public class UnknownNameException extends AdvisorException {
  public UnknownNameException(String message) {
    super(message);
  }
}
