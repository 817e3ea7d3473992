/**
 * The {@code lede} command line ({@link dev.lede.cli.Main}): the commands a user runs (analyze,
 * index, related, demo), their JSON output and the argument parsing and file handling every
 * command shares. The evaluation, training and benchmark commands live in {@code dev.lede.tools}
 * and are dispatched from here. Not an API: depend on the library packages.
 */
package dev.lede.cli;
