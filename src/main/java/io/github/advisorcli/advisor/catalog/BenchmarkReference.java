package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Fixed points that put one benchmark's results on a 0–1 scale: the floor (chance level or a stated
 * trivial baseline) maps to 0 and the ceiling (the best published result) to 1, so a model's score
 * does not depend on which other models are being compared.
 *
 * @param name the benchmark, as models' results name it
 * @param metric the metric, as models' results name it
 * @param floor the value that maps to 0
 * @param floorBasis why the floor is where it is
 * @param ceiling the value that maps to 1
 * @param ceilingSource where the ceiling was published
 * @param ceilingBasis which result the ceiling is
 * @param asOf when the ceiling was read
 */
public record BenchmarkReference(
    String name,
    String metric,
    @JsonDeserialize(using = Checks.Finite.class) Double floor,
    String floorBasis,
    @JsonDeserialize(using = Checks.Finite.class) Double ceiling,
    @JsonDeserialize(using = Checks.Url.class) String ceilingSource,
    String ceilingBasis,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf) {}
