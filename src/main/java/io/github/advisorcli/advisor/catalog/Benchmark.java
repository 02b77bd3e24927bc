package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One published benchmark result.
 *
 * @param name the benchmark, named as in the task vocabulary where it appears there
 * @param value the published value, in the source's units
 * @param metric what was measured (accuracy, F1, ROUGE-L, ...)
 * @param split dev, test or val
 * @param setting fine-tuned, 5-shot, zero-shot, ...
 * @param source where the value was published
 * @param asOf when it was read
 * @param note anything a reader must know, such as a card calling dev numbers "test"
 */
public record Benchmark(
    String name,
    @JsonDeserialize(using = Checks.Finite.class) Double value,
    String metric,
    @JsonDeserialize(using = Checks.Split.class) String split,
    String setting,
    @JsonDeserialize(using = Checks.Url.class) String source,
    @JsonDeserialize(using = Checks.IsoDate.class) String asOf,
    String note) {}
