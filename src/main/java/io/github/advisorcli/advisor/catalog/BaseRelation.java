package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a checkpoint was made from its base model. */
public enum BaseRelation {
  FINETUNE("finetune"),
  DISTILLATION("distillation"),
  QUANTIZATION("quantization"),
  ADAPTER("adapter"),
  MERGE("merge");

  private final String id;

  BaseRelation(String id) {
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
