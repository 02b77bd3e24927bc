package io.github.advisorcli.advisor.catalog;

/** The sources of a model's headline facts; each is null where the fact itself is unknown. */
public record Provenance(
    Sourced parameters, Sourced activeParameters, Sourced contextLength, Sourced license) {
  public static final Provenance NONE = new Provenance(null, null, null, null);

  Provenance overriddenBy(Provenance later) {
    if (later == null) {
      return this;
    }
    return new Provenance(
        Merge.pick(later.parameters, parameters),
        Merge.pick(later.activeParameters, activeParameters),
        Merge.pick(later.contextLength, contextLength),
        Merge.pick(later.license, license));
  }
}
