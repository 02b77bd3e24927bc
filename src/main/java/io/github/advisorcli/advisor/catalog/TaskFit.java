package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A task a model is fit for.
 *
 * @param id a task id from the vocabulary (synonyms are normalised to it on load)
 * @param fit how well it fits
 * @param why one line of why
 */
public record TaskFit(
    @JsonDeserialize(using = Checks.TaskId.class) String id, Fit fit, String why) {}
