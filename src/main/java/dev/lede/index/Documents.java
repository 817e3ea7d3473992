package dev.lede.index;

import dev.lede.ArticleAnalysis;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import dev.lede.keywords.Keyword;
import dev.lede.text.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/** Field names and the mapping of an {@link ArticleAnalysis} to a Lucene document. */
final class Documents {

  /**
   * The article's id: exact, stored, and a binary doc value, which orders the equal scores of a
   * related query without decompressing each tied hit's stored fields (indexes made before it
   * have none: their ids are read from the stored fields).
   */
  static final String ID = "id";
  /** Title and body, English-analysed, with term vectors: what MoreLikeThis reads. */
  static final String TEXT = "text";
  /**
   * The text's repeated terms: each term the text field holds at least twice, as often as it
   * holds it, already analysed. A topic word's postings here list only the articles that
   * repeat it, a fraction of its text postings, so a query for an article's topic words finds
   * the stories about that topic without walking every article that mentions them once.
   */
  static final String TOPIC = "topic";
  /** Times a term must occur in an article's text to be among its topic terms: 2. */
  static final int TOPIC_MIN_FREQ = 2;
  /** The title alone, English-analysed, with term vectors; also stored. */
  static final String TITLE = "title";
  /** Proper nouns of the body (PROPN tokens), English-analysed, with term vectors. */
  static final String NAMES = "names";
  static final String BODY = "body";
  /** Entity keys, exact: {@code TYPE:name} or {@code COUNTRY:code}. */
  static final String ENTITY = "entity";
  /** Stored only: {@code key TAB display name TAB salience} per entity. */
  static final String ENTITY_STORED = "entity_stored";
  static final String DEMONYM = "demonym";
  static final String KEYWORD = "keyword";
  static final String SECTION = "section";
  static final String SECTION_KEY = "section_key";
  static final String LANGUAGE = "language";
  static final String PUBLISHED = "published";
  /** Publication instant in epoch milliseconds: a point field and a doc value. */
  static final String DATE = "date";
  static final String URL = "url";
  static final String BYLINE = "byline";
  /** 64-bit SimHash of the body's word 3-shingles, as a doc value, for de-duplication. */
  static final String SIMHASH = "simhash";
  /**
   * The length of the text field's lnc vector ({@link TextCosine#length}), as float bits in a
   * doc value: embedded indexes only (SolrCloud computes it from the stored text).
   */
  static final String TEXT_NORM = "text_norm";
  /**
   * The article's style feature counts ({@link StyleSignal#encode}) as a binary doc value:
   * embedded indexes only (SolrCloud computes them from the stored text, as an index made before
   * them does).
   */
  static final String STYLE = "style";
  /**
   * What a suggestion shows of the article ({@link ResultCard}) as a binary doc value: embedded
   * indexes only, read instead of the stored fields.
   */
  static final String CARD = "card";
  /**
   * The article's topic vector ({@link TopicVectors}) in an HNSW graph, cosine: the semantic
   * related-article signal. Absent when no word of the article has a vector.
   */
  static final String VECTOR = "topic_vector";

  private static final FieldType ANALYSED_WITH_VECTORS = new FieldType();

  static {
    ANALYSED_WITH_VECTORS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    ANALYSED_WITH_VECTORS.setTokenized(true);
    ANALYSED_WITH_VECTORS.setStoreTermVectors(true);
    ANALYSED_WITH_VECTORS.freeze();
  }

  /** Terms and their frequencies, for scoring; no positions (no phrase query reads them). */
  private static final FieldType TOPIC_TYPE = new FieldType();

  static {
    TOPIC_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    TOPIC_TYPE.setTokenized(true);
    TOPIC_TYPE.freeze();
  }

  private Documents() {}

  /** The per-field analyzer: English for text fields, keyword for everything else. */
  static Analyzer analyzer() {
    Analyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
        Map.of(TEXT, english, TITLE, english, NAMES, english, TOPIC, new WhitespaceAnalyzer()));
  }

  /**
   * Adds an exact key, stored if asked. A key over Lucene's longest term (32,766 UTF-8 bytes: a
   * data blob the analysis took for a name) is only stored, not searchable: Lucene refuses the
   * whole document for it.
   */
  private static void addKey(Document d, String field, String key, boolean store) {
    if (UnicodeUtil.calcUTF16toUTF8Length(key, 0, key.length())
        <= IndexWriter.MAX_TERM_LENGTH) {
      d.add(new StringField(field, key, store ? Field.Store.YES : Field.Store.NO));
    } else if (store) {
      d.add(new StoredField(field, key));
    }
  }

  static Document toDocument(String id, ArticleAnalysis a, Analyzer analyzer) {
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new BinaryDocValuesField(ID, new BytesRef(id)));
    String title = a.title() == null ? "" : a.title();
    String text = title + "\n\n" + a.body();
    d.add(new Field(TEXT, text, ANALYSED_WITH_VECTORS));
    // one analysis of the text for the topic field and the text's vector length
    Map<String, Integer> textFreqs = termFreqs(analyzer, TEXT, text, Integer.MAX_VALUE);
    String topic = topicTerms(textFreqs);
    // Added even when empty: every document then has a norm, and Lucene reads dense norms
    // directly instead of through a sparse index.
    d.add(new Field(TOPIC, topic, TOPIC_TYPE));
    if (!title.isEmpty()) {
      d.add(new Field(TITLE, title, ANALYSED_WITH_VECTORS));
      d.add(new StoredField(TITLE, title));
    }
    d.add(new StoredField(BODY, a.body()));
    String names = properNouns(a);
    if (!names.isEmpty()) {
      d.add(new Field(NAMES, names, ANALYSED_WITH_VECTORS));
    }
    for (EntityRef e : entities(a)) {
      addKey(d, ENTITY, e.key(), false);
      d.add(new StoredField(ENTITY_STORED, e.key() + "\t" + e.name() + "\t" + e.salience()));
    }
    for (String cc : new LinkedHashSet<>(a.demonymCountries())) {
      addKey(d, DEMONYM, cc.toUpperCase(Locale.ROOT), true);
    }
    for (Keyword k : a.keywords()) {
      addKey(d, KEYWORD, k.term(), true);
    }
    if (a.section() != null) {
      d.add(new StoredField(SECTION, a.section()));
      addKey(d, SECTION_KEY, a.section().toLowerCase(Locale.ROOT), false);
    }
    d.add(new StringField(LANGUAGE, a.language().toLowerCase(Locale.ROOT), Field.Store.YES));
    if (a.publishedAt() != null) {
      d.add(new StoredField(PUBLISHED, a.publishedAt()));
      Long millis = epochMillis(a.publishedAt());
      if (millis != null) {
        d.add(new LongPoint(DATE, millis));
        d.add(new NumericDocValuesField(DATE, millis));
      }
    }
    if (a.url() != null) {
      d.add(new StoredField(URL, a.url()));
    }
    if (a.byline() != null) {
      d.add(new StoredField(BYLINE, a.byline()));
    }
    d.add(new NumericDocValuesField(SIMHASH, simHash(a.body())));
    d.add(new NumericDocValuesField(TEXT_NORM, Float.floatToIntBits(
        TextCosine.length(textFreqs))));
    d.add(new BinaryDocValuesField(STYLE, StyleSignal.shared().encode(text)));
    BytesRef card = ResultCard.encode(d);
    if (card != null) {
      d.add(new BinaryDocValuesField(CARD, card));
    }
    float[] vector = topicVector(a);
    if (vector != null) {
      d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
    }
    return d;
  }

  /**
   * The article's topic vector from the words of its title and its tokens, or {@code null} when
   * none has a word vector.
   */
  static float[] topicVector(ArticleAnalysis a) {
    List<String> words = new ArrayList<>(a.tokens().size() + 16);
    if (a.title() != null) {
      for (String w : a.title().split("[\\s\\p{Punct}]+")) {
        words.add(w);
      }
    }
    for (Token t : a.tokens()) {
      words.add(t.text());
    }
    return TopicVectors.shared().of(words);
  }

  /** An entity as the index keys it. */
  record EntityRef(String key, String name, EntityType type, double salience) {}

  /** The article's entities, one per key, most salient first as the analysis orders them. */
  static List<EntityRef> entities(ArticleAnalysis a) {
    Map<String, EntityRef> byKey = new LinkedHashMap<>();
    for (Entity e : a.entities()) {
      String key = key(e);
      byKey.putIfAbsent(key, new EntityRef(key, e.name(), e.type(), e.salience()));
    }
    return new ArrayList<>(byKey.values());
  }

  static String key(Entity e) {
    return e.type() == EntityType.COUNTRY
        ? "COUNTRY:" + e.countryCode().toUpperCase(Locale.ROOT)
        : e.type().name() + ":" + e.name();
  }

  static EntityRef parseStoredEntity(String stored) {
    String[] parts = stored.split("\t", 3);
    EntityType type = EntityType.valueOf(parts[0].substring(0, parts[0].indexOf(':')));
    return new EntityRef(parts[0], parts[1], type, Double.parseDouble(parts[2]));
  }

  /** The proper nouns of the body, one per line, as the POS tagger found them. */
  static String properNouns(ArticleAnalysis a) {
    StringBuilder sb = new StringBuilder();
    for (Token t : a.tokens()) {
      if ("PROPN".equals(t.pos())) {
        sb.append(t.text()).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Parses an ISO-8601 date or date-time to epoch milliseconds; a date without a zone is taken
   * as UTC. Returns {@code null} when the text is no such date.
   */
  static Long epochMillis(String iso) {
    String s = iso.strip();
    try {
      return OffsetDateTime.parse(s).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      // not an offset date-time; try the other ISO forms
    }
    try {
      return Instant.parse(s).toEpochMilli();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s)
          .atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The text's repeated terms as the topic field indexes them: each term with at least
   * {@link #TOPIC_MIN_FREQ} occurrences in the text field, written as often as it occurs,
   * separated by spaces (analysed terms hold no whitespace).
   */
  static String topicTerms(Analyzer analyzer, String text) {
    return topicTerms(termFreqs(analyzer, TEXT, text, Integer.MAX_VALUE));
  }

  /** As above, from the text field's terms and frequencies. */
  static String topicTerms(Map<String, Integer> textFreqs) {
    StringBuilder sb = new StringBuilder();
    textFreqs.forEach((t, n) -> {
      if (n >= TOPIC_MIN_FREQ) {
        for (int i = 0; i < n; i++) {
          sb.append(t).append(' ');
        }
      }
    });
    return sb.toString();
  }

  /**
   * The terms the analyzer makes of a text for a field, with their frequencies, in the order
   * of their first occurrence, from at most {@code maxTokens} tokens.
   */
  static Map<String, Integer> termFreqs(Analyzer analyzer, String field, String text,
      int maxTokens) {
    Map<String, Integer> freqs = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      int tokens = 0;
      while (tokens++ < maxTokens && ts.incrementToken()) {
        freqs.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return freqs;
  }

  /** The terms the analyzer makes of a text for a field, in the order of first occurrence. */
  static Set<String> terms(Analyzer analyzer, String field, String text) {
    if (text == null || text.isEmpty()) {
      return new LinkedHashSet<>();
    }
    return new LinkedHashSet<>(termFreqs(analyzer, field, text, Integer.MAX_VALUE).keySet());
  }

  /**
   * A 64-bit SimHash (Charikar 2002) of the text's lower-cased word 3-shingles: near-identical
   * texts get hashes a few bits apart, so syndicated copies of one story are found without
   * comparing texts.
   */
  static long simHash(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    if (words.isEmpty()) {
      return 0L;
    }
    int[] votes = new int[64];
    int shingles = Math.max(1, words.size() - 2);
    for (int s = 0; s < shingles; s++) {
      String shingle = String.join(" ", words.subList(s, Math.min(words.size(), s + 3)));
      long h = com.google.common.hash.Hashing.murmur3_128().hashUnencodedChars(shingle).asLong();
      for (int b = 0; b < 64; b++) {
        votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
      }
    }
    long hash = 0;
    for (int b = 0; b < 64; b++) {
      if (votes[b] > 0) {
        hash |= 1L << b;
      }
    }
    return hash;
  }

  /** What the index stores about an article, from its stored fields. */
  static IndexedArticle indexedArticle(Document d) {
    List<String> entities = new ArrayList<>();
    for (IndexableField f : d.getFields(Documents.ENTITY_STORED)) {
      entities.add(Documents.parseStoredEntity(f.stringValue()).key());
    }
    String language = d.get(Documents.LANGUAGE);
    return new IndexedArticle(d.get(Documents.ID), d.get(Documents.TITLE), d.get(Documents.URL),
        d.get(Documents.SECTION), d.get(Documents.BYLINE), d.get(Documents.PUBLISHED),
        language == null ? "und" : language, entities, List.of(d.getValues(Documents.KEYWORD)),
        d.get(Documents.BODY));
  }


  /**
   * The terms most frequent first, ties in index (UTF-8 byte) order, as a term vector read in
   * order and sorted by frequency gives them; at most {@code max}.
   */
  static List<String> byFreq(Map<String, Integer> freqs, int max) {
    return freqs.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByKey(
            java.util.Comparator.comparing(org.apache.lucene.util.BytesRef::new)))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The terms of a term vector with their frequencies in the document (none for null). */
  static Map<String, Integer> vectorFreqs(Terms vector) throws IOException {
    Map<String, Integer> freqs = new HashMap<>();
    if (vector != null) {
      TermsEnum te = vector.iterator();
      BytesRef t;
      while ((t = te.next()) != null) {
        freqs.put(t.utf8ToString(), (int) te.totalTermFreq());
      }
    }
    return freqs;
  }
}
