package io.github.advisorcli.advisor.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One runtime or library that supports a model, with the page that shows it.
 *
 * @param name the runtime: transformers, sentence-transformers, vllm, llama.cpp, ollama, onnx, mlx
 * @param source the page that shows the support
 */
public record EcosystemSupport(
    @JsonDeserialize(using = Checks.Runtime.class) String name,
    @JsonDeserialize(using = Checks.Url.class) String source) {}
