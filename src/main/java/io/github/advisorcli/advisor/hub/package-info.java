/**
 * Import from the Hugging Face Hub: reading the model-list API's JSON as a stream, mapping each
 * entry to a catalog model from the evidence it carries, and downloading the list over HTTPS. No
 * picocli here; the commands live in {@code cli}.
 */
package io.github.advisorcli.advisor.hub;
