/**
 * The Java side of the launcher {@code bin/advisor}: the entry point of the run that writes the
 * class-data archive. No picocli here; the commands live in {@code cli}.
 */
package io.github.advisorcli.advisor.launcher;
