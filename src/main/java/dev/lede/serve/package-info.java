/**
 * Lede over HTTP: {@link dev.lede.serve.LedeServer} answers JSON requests (analyse an article;
 * add, replace, delete and read archived articles; related articles) with the same fields as the
 * command line, and serves a page at {@code /} that shows what Lede found in a pasted article.
 * Built on the JDK's own HTTP server ({@code com.sun.net.httpserver}), so it adds no dependency.
 */
package dev.lede.serve;
