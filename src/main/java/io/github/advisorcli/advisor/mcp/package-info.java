/**
 * {@code advisor mcp}: a Model Context Protocol server over the command tree. Each tool is derived
 * from a command (its options and positional parameters become the tool's JSON input schema), runs
 * that command with {@code --format json} and returns the command's JSON contract. Imports picocli
 * and the domain packages, never {@code cli}: the command that starts the server passes in the tree
 * and a way to run it.
 */
package io.github.advisorcli.advisor.mcp;
