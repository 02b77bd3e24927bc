/**
 * Compliance documents built from a checked manifest: the CycloneDX and SPDX bills of materials and
 * the license obligations of the models a project uses. Pure builders: they take the check report,
 * the catalog and the time of creation, and return the document; they never read the clock, the
 * environment or a file. No picocli here.
 */
package io.github.advisorcli.advisor.bom;
