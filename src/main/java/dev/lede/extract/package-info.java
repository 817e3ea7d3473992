/**
 * Extraction: turns text copied from a web page, an HTML page or clean body text into an
 * {@link dev.lede.extract.Article} (title, byline, section, date, stated reading time, body),
 * with page chrome and boilerplate removed.
 */
package dev.lede.extract;
