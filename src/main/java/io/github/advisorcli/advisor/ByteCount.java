package io.github.advisorcli.advisor;

/** A number of bytes, which {@code render} writes the way every table does ("13.5 GiB"). */
public record ByteCount(long value) {}
