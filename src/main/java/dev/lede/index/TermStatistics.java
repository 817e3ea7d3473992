package dev.lede.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.index.Term;

/**
 * The collection-wide statistics Lede's ranking reads: how many articles there are, how many
 * have each field, and in how many articles each term occurs. The same ranking code then runs
 * over the embedded index ({@link LuceneTermStatistics}) and over a sharded SolrCloud collection
 * ({@code SolrRanking}), where statistics of one shard would rank differently.
 *
 * <p>One instance serves one related query (a consistent view of the archive); implementations
 * need not be thread-safe.
 */
interface TermStatistics {

  /** Live articles: MoreLikeThis's N for the idf of the article's text terms. */
  int numDocs() throws IOException;

  /**
   * Articles with at least one term in the field, as Lucene's collection statistics count them:
   * the N of the rescoring's idf. 0 if no article has the field.
   */
  long docCount(String field) throws IOException;

  /**
   * The document frequencies of those terms that occur in the archive; absent terms have no
   * entry.
   */
  Map<Term, Integer> docFreqs(Collection<Term> terms) throws IOException;
}
