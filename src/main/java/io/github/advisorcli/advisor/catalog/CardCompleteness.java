package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** How complete a model card is. */
public enum CardCompleteness {
  COMPLETE("complete"),
  PARTIAL("partial"),
  MINIMAL("minimal"),
  NONE("none");

  private final String id;

  CardCompleteness(String id) {
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
