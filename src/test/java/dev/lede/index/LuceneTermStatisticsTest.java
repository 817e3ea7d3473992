package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

final class LuceneTermStatisticsTest {

  /** A view of an index that counts the terms dictionaries its segments open. */
  private static final class Counting extends FilterDirectoryReader {
    private final AtomicInteger opened;

    Counting(DirectoryReader in, AtomicInteger opened) throws IOException {
      super(in, new SubReaderWrapper() {
        @Override
        public LeafReader wrap(LeafReader reader) {
          return new FilterLeafReader(reader) {
            @Override
            public Terms terms(String field) throws IOException {
              opened.incrementAndGet();
              return super.terms(field);
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
              return in.getCoreCacheHelper();
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
              return in.getReaderCacheHelper();
            }
          };
        }
      });
      this.opened = opened;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new Counting(in, opened);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  private static void add(IndexWriter w, String text, String title) throws IOException {
    Document d = new Document();
    d.add(new TextField(Documents.TEXT, text, Field.Store.NO));
    d.add(new TextField(Documents.TITLE, title, Field.Store.NO));
    w.addDocument(d);
  }

  // Two fields in turn: looked up in term order, each segment opens each field's terms once.
  private static final List<Term> TERMS = List.of(new Term(Documents.TEXT, "harbour"),
      new Term(Documents.TITLE, "strike"), new Term(Documents.TEXT, "ferry"),
      new Term(Documents.TITLE, "harbour"), new Term(Documents.TEXT, "absent"));

  @Test
  void docFreqs_sumOverSegments_andTheSameViewAgainOpensNoTermsDictionary() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      add(w, "harbour ferry", "strike");
      add(w, "harbour", "harbour strike");
      w.commit();
      add(w, "harbour ferry ferry", "calm");
      w.commit();
      AtomicInteger opened = new AtomicInteger();
      try (DirectoryReader view = new Counting(DirectoryReader.open(w), opened)) {
        IndexSearcher searcher = new IndexSearcher(view);
        LuceneTermStatistics.Caches caches = new LuceneTermStatistics.Caches();
        LuceneTermStatistics first = new LuceneTermStatistics(searcher, caches);

        Map<Term, Integer> freqs = first.docFreqs(TERMS);

        assertThat(view.leaves()).hasSize(2);
        assertThat(freqs).containsExactlyInAnyOrderEntriesOf(Map.of(
            TERMS.get(0), 3, TERMS.get(1), 2, TERMS.get(2), 2, TERMS.get(3), 1));
        assertThat(first.states(TERMS.get(0)).docFreq()).isEqualTo(3);
        assertThat(first.states(TERMS.get(4))).isNull();
        assertThat(opened.get()).isEqualTo(2 * 2); // two fields in each of two segments

        LuceneTermStatistics second = new LuceneTermStatistics(searcher, caches);
        assertThat(second.docFreqs(TERMS)).isEqualTo(freqs);
        assertThat(second.states(TERMS.get(2)).docFreq()).isEqualTo(2);
        assertThat(opened.get()).isEqualTo(4);
        // the view's statistics are kept whole, not assembled again from the segments'
        assertThat(second.states(TERMS.get(0))).isSameAs(first.states(TERMS.get(0)));
      }
    }
  }

  @Test
  void docFreqs_newViewSharingSegments_opensOnlyTheNewSegmentsTerms() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      add(w, "harbour ferry", "strike");
      w.commit();
      add(w, "harbour", "harbour strike");
      w.commit();
      AtomicInteger opened = new AtomicInteger();
      LuceneTermStatistics.Caches caches = new LuceneTermStatistics.Caches();
      try (DirectoryReader before = new Counting(DirectoryReader.open(w), opened)) {
        LuceneTermStatistics old = new LuceneTermStatistics(new IndexSearcher(before), caches);
        old.docFreqs(TERMS);
        assertThat(opened.get()).isEqualTo(4);

        add(w, "harbour ferry ferry", "calm");
        w.commit();
        try (DirectoryReader after = DirectoryReader.openIfChanged(before, w)) {
          LuceneTermStatistics fresh = new LuceneTermStatistics(new IndexSearcher(after), caches);
          Map<Term, Integer> freqs = fresh.docFreqs(TERMS);

          assertThat(after.leaves()).hasSize(3);
          assertThat(freqs).containsExactlyInAnyOrderEntriesOf(Map.of(
              TERMS.get(0), 3, TERMS.get(1), 2, TERMS.get(2), 2, TERMS.get(3), 1));
          assertThat(opened.get()).isEqualTo(4 + 2); // the new segment's two fields only
          // statistics of one view are never another's (they hold its segments' term states)
          assertThat(fresh.states(TERMS.get(0))).isNotSameAs(old.states(TERMS.get(0)));
          assertThat(fresh.states(TERMS.get(0)).docFreq()).isEqualTo(3);
          assertThat(old.states(TERMS.get(0)).docFreq()).isEqualTo(2);
        }
      }
    }
  }
}
