package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a checkpoint was trained to be, which decides how it can be used as it is. */
public enum Checkpoint {
  /** Pretrained only: continues text (decoders) or is fine-tuned for a task (encoders). */
  BASE("base"),
  /** Tuned to follow instructions and hold a conversation. */
  INSTRUCT("instruct"),
  /** Tuned to reason at length before it answers. */
  REASONING("reasoning"),
  /** Trained to map text to vectors for search and similarity. */
  EMBEDDING("embedding"),
  /** Trained to score query–document pairs. */
  RERANKER("reranker"),
  /** An ELECTRA-style replaced-token discriminator: not a masked language model. */
  DISCRIMINATOR("discriminator"),
  /** Trained to translate. */
  TRANSLATION("translation");

  private final String id;

  Checkpoint(String id) {
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
