/**
 * The article archive: {@link dev.lede.index.ArticleIndex} stores analysed articles in an Apache
 * Lucene index and suggests related ones ({@link dev.lede.index.RelatedArticle}), with options in
 * {@link dev.lede.index.RelatedQuery}. No Lucene type appears in this package's public API.
 */
package dev.lede.index;
