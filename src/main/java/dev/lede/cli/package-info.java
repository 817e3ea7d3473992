/**
 * The {@code lede} command line ({@link dev.lede.cli.Main}): analyze, index, related, demo,
 * bench, and the evaluation and training tools. Not an API: depend on the library packages.
 */
package dev.lede.cli;
