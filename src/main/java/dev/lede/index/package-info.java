/**
 * The article archive: {@link dev.lede.index.ArticleIndex} stores analysed articles in an
 * embedded Apache Lucene index or in a SolrCloud collection
 * ({@link dev.lede.index.SolrCollection}, configset {@link dev.lede.index.SolrConfigSet}) and
 * suggests related ones ({@link dev.lede.index.RelatedArticle}), with options in
 * {@link dev.lede.index.RelatedQuery}. No Lucene or Solr type appears in this package's public
 * API.
 */
package dev.lede.index;
