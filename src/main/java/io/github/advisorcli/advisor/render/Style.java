package io.github.advisorcli.advisor.render;

/** Styles named by what they mean; how each looks is decided in one place, {@link Styles}. */
public enum Style {
  HEADER,
  SCORE_HIGH,
  SCORE_LOW,
  LICENSE_PERMISSIVE,
  LICENSE_RESTRICTIVE,
  WARNING,
  DIM
}
