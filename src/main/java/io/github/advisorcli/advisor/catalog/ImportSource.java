package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an imported model entry came from. */
public enum ImportSource {
  /** The Hugging Face Hub's model-list API ({@code /api/models}). */
  HUGGINGFACE_API("huggingface-api");

  private final String id;

  ImportSource(String id) {
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
