package dev.lede.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.apache.lucene.index.Term;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;

/**
 * Statistics of the whole collection: article counts from one distributed query (the field
 * counts as facet queries), document frequencies from the {@code /terms} handler, which sums
 * them over the shards. Document frequencies count deleted articles not yet merged away, as
 * Lucene's do; article counts are of live articles. One instance per query; not thread-safe
 * (it caches what it looked up).
 */
final class SolrStatistics implements TermStatistics {
  private final SolrClient client;
  private final String collection;
  private final Map<Term, Integer> docFreqs = new HashMap<>();
  private final Set<Term> looked = new HashSet<>();
  private int numDocs = -1;
  private final Map<String, Long> docCounts = new HashMap<>();

  /** The article counts, asked for at once: they need nothing the other requests return. */
  private final CompletableFuture<QueryResponse> counts;

  SolrStatistics(SolrClient client, String collection, Executor executor) {
    this.client = client;
    this.collection = collection;
    SolrQuery q = new SolrQuery("*:*").setRows(0).setFacet(true);
    for (String field : SolrRanking.SCORED_FIELDS) {
      q.addFacetQuery("{!key=" + field + "}" + field + ":*");
    }
    this.counts = CompletableFuture.supplyAsync(() -> {
      try {
        return SolrRanking.query(client, collection, q);
      } catch (IOException | SolrServerException e) {
        throw new CompletionException(e);
      }
    }, executor);
  }

  /** Looks up the terms a query may need, in one request. */
  void prefetch(Collection<Term> terms) throws IOException {
    docFreqs(terms);
  }

  @Override
  public int numDocs() throws IOException {
    if (numDocs < 0) {
      QueryResponse r;
      try {
        r = counts.join();
      } catch (CompletionException e) {
        throw new IOException(e.getCause().getMessage(), e.getCause());
      }
      numDocs = Math.toIntExact(r.getResults().getNumFound());
      r.getFacetQuery().forEach((field, count) -> docCounts.put(field, (long) count));
    }
    return numDocs;
  }

  @Override
  public long docCount(String field) throws IOException {
    numDocs();
    Long count = docCounts.get(field);
    if (count == null) {
      throw new IllegalStateException("no document count for field " + field);
    }
    return count;
  }

  @Override
  public Map<Term, Integer> docFreqs(Collection<Term> terms) throws IOException {
    Map<String, Set<String>> missing = new TreeMap<>();
    for (Term t : terms) {
      if (!looked.contains(t)) {
        missing.computeIfAbsent(t.field(), f -> new LinkedHashSet<>()).add(t.text());
      }
    }
    if (!missing.isEmpty()) {
      fetch(missing);
    }
    Map<Term, Integer> out = new HashMap<>();
    for (Term t : terms) {
      Integer df = docFreqs.get(t);
      if (df != null) {
        out.put(t, df);
      }
    }
    return out;
  }

  /** One {@code /terms} request for every field's terms. */
  private void fetch(Map<String, Set<String>> byField) throws IOException {
    Set<String> all = new LinkedHashSet<>();
    byField.values().forEach(all::addAll);
    StringBuilder list = new StringBuilder();
    for (String t : all) {
      if (list.length() > 0) {
        list.append(',');
      }
      // terms.list is split at commas, with backslash escapes
      list.append(t.replace("\\", "\\\\").replace(",", "\\,"));
    }
    SolrQuery q = new SolrQuery();
    q.setRequestHandler("/terms");
    q.setTerms(true);
    byField.keySet().forEach(f -> q.add("terms.fl", f));
    q.set("terms.list", list.toString());
    q.set("terms.limit", -1);
    QueryResponse r = call(() -> SolrRanking.query(client, collection, q));
    TermsResponse terms = r.getTermsResponse();
    byField.forEach((field, texts) -> {
      List<TermsResponse.Term> found = terms == null ? null : terms.getTerms(field);
      if (found != null) {
        for (TermsResponse.Term t : found) {
          if (texts.contains(t.getTerm())) {
            docFreqs.put(new Term(field, t.getTerm()), Math.toIntExact(t.getFrequency()));
          }
        }
      }
      texts.forEach(text -> looked.add(new Term(field, text)));
    });
  }

  private interface Call<T> {
    T call() throws IOException, SolrServerException;
  }

  private static <T> T call(Call<T> c) throws IOException {
    try {
      return c.call();
    } catch (SolrServerException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
