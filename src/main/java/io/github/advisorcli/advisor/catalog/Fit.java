package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** How well a model fits a task, as the catalog judges it. */
public enum Fit {
  STRONG("strong"),
  GOOD("good"),
  WEAK("weak");

  private final String id;

  Fit(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
