package io.github.advisorcli.advisor.score;

import io.github.advisorcli.advisor.Reason;
import io.github.advisorcli.advisor.catalog.Model;

/**
 * A candidate left out by a constraint.
 *
 * @param model the model
 * @param reason the constraint it breaks
 */
public record Exclusion(Model model, Reason reason) {}
