package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** The shape of a model's network, which largely decides which tasks it can do at all. */
public enum Architecture {
  ENCODER("encoder"),
  DECODER("decoder"),
  ENCODER_DECODER("encoder-decoder"),
  EMBEDDING("embedding");

  private final String id;

  Architecture(String id) {
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
