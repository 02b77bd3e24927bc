package io.github.advisorcli.advisor;

/** A number of tokens (a context length), which {@code render} writes as a plain number. */
public record TokenCount(long value) {}
