package io.github.advisorcli.advisor;

/** A number of parameters, which {@code render} writes the way every table does ("7.07B"). */
public record ParameterCount(long value) {}
