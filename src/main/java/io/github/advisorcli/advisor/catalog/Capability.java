package io.github.advisorcli.advisor.catalog;

import java.util.Locale;

/**
 * A capability a user can require: three stated on the model's card ({@link Capabilities}) and one
 * derived from the sourced context length.
 */
public enum Capability {
  /** Calls tools (functions) in a documented format: {@code capabilities.tool_calling}. */
  TOOL_CALLING("tool-calling"),
  /** Reads images: {@code capabilities.image_input}. */
  IMAGE_INPUT("image-input"),
  /** Has a reasoning (thinking) mode: {@code capabilities.reasoning_mode}. */
  REASONING("reasoning"),
  /** A context of at least {@link #LONG_CONTEXT_TOKENS} tokens: {@code context_length}. */
  LONG_CONTEXT("long-context");

  /** The fewest context tokens that count as a long context: 128k, written 128,000 on cards. */
  public static final long LONG_CONTEXT_TOKENS = 128_000;

  private final String id;

  Capability(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  /** The capability with this id ('-' and '_' alike, any case), or null. */
  public static Capability parse(String value) {
    String n = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Capability c : values()) {
      if (c.id.equals(n)) {
        return c;
      }
    }
    return null;
  }

  /** Whether the model has it: true, false, or null when the catalog does not say. */
  public Boolean of(Model m) {
    Capabilities c = m.capabilities();
    return switch (this) {
      case TOOL_CALLING -> c == null ? null : c.toolCalling();
      case IMAGE_INPUT -> c == null ? null : c.imageInput();
      case REASONING -> c == null ? null : c.reasoningMode();
      case LONG_CONTEXT ->
          m.contextLength() == null ? null : m.contextLength() >= LONG_CONTEXT_TOKENS;
    };
  }
}
