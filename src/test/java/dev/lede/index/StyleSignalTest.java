package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

final class StyleSignalTest {

  /** A first-person story told in dialogue. */
  private static final String STORY = "\"I don't know,\" she said. \"You can't go back there.\""
      + " I looked at her and I laughed, because she was right. We walked home in the rain, and"
      + " she didn't say a word until we were at my door. \"Will you come in?\" I asked her.";

  /** Another, on another subject. */
  private static final String OTHER_STORY = "\"Where were you?\" he asked me. I told him I had"
      + " been at the lake with my brother, and he didn't believe a word of it. \"You're lying,\""
      + " he said, and I couldn't look at him. We sat in the kitchen until it was dark.";

  /** A news report on the first story's subject: walking home in the rain. */
  private static final String REPORT = "Heavy rain flooded 12 streets of the city on Tuesday,"
      + " officials said. The city's transport authority said 3,500 commuters walked home after"
      + " trains were halted for 4 hours. The weather service expects more rain this week.";

  @Test
  void tokens_contractionsNumbersAndQuotes_splitAsTheProfileScriptDoes() {
    // build_style_profile.py's tokens() gives the same for this text
    assertThat(StyleSignal.tokens("\u201cDon\u2019t go,\u201d she said. It's 3,500.25 --"
        + " o'Neill's 'em (ok) 50%"))
        .containsExactly("\"", "do", "n't", "go", ",", "\"", "she", "said", ".", "it", "'s",
            "<num>", "-", "-", "o", "'neill's", "'em", "(", "ok", ")", "<num>", "%");
  }

  @Test
  void of_textOfOneGenre_closerToItsGenreThanToItsSubject() {
    StyleSignal style = StyleSignal.shared();
    float[] story = style.of(STORY);

    assertThat(TopicVectors.cosine(story, story)).isCloseTo(1f, within(1e-5f));
    assertThat(StyleSignal.cosine(story, style.of(OTHER_STORY)))
        .isGreaterThan(StyleSignal.FLOOR)
        .isGreaterThan(StyleSignal.cosine(story, style.of(REPORT)) + 0.3f);
  }

  @Test
  void of_noToken_nullAndCosineZero() {
    StyleSignal style = StyleSignal.shared();

    assertThat(style.dimension()).isEqualTo(260);
    assertThat(style.of("  \n ")).isNull();
    assertThat(StyleSignal.cosine(null, style.of(STORY))).isZero();
  }

  @Test
  void of_sharesMeasuredAgainstNewsMeans_signOfEachFeatureTellsMoreOrLess() throws IOException {
    // "the" is half of this text's tokens, under its news mean; "a" half, over its news mean
    byte[] file = "the\t0.9\t0.01\na\t0.1\t0.01\n".getBytes(StandardCharsets.UTF_8);
    StyleSignal style = new StyleSignal(new ByteArrayInputStream(file));

    float[] v = style.of("the a");

    assertThat(v[0]).isNegative();
    assertThat(v[1]).isPositive();
    assertThat(v[0] * v[0] + v[1] * v[1]).isCloseTo(1f, within(1e-6f));
  }

  @Test
  void new_featureListedTwice_isRejected() {
    byte[] file = "# comment\nthe\t0.2\t0.01\nthe\t0.2\t0.01\n".getBytes(StandardCharsets.UTF_8);

    assertThatIOException()
        .isThrownBy(() -> new StyleSignal(new ByteArrayInputStream(file)))
        .withMessageContaining("twice");
  }

  @Test
  void gain_aShareOfTheBestScoreAboveTheFloorOnly() {
    // weight 0.5, best 10: (c - 0.4) / 0.6 of 5
    assertThat(StyleSignal.gain(0.5, 10f, 1f)).isCloseTo(5f, within(1e-5f));
    assertThat(StyleSignal.gain(0.5, 10f, 0.7f)).isCloseTo(2.5f, within(1e-5f));
    assertThat(StyleSignal.gain(0.5, 10f, StyleSignal.FLOOR)).isZero();
    assertThat(StyleSignal.gain(0.5, 10f, -0.2f)).isZero();
    assertThat(StyleSignal.gain(0, 10f, 1f)).isZero();
  }

  @Test
  void decode_ofEncodedText_theTextsVectorBitForBit() {
    StyleSignal style = StyleSignal.shared();

    for (String text : new String[] {STORY, REPORT, "\n\n" + OTHER_STORY}) {
      assertThat(style.decode(style.encode(text))).containsExactly(style.of(text));
    }
    assertThat(style.decode(style.encode(" "))).isNull();
  }

  @Test
  void decode_countsOfOtherFeatures_isStale() throws IOException {
    byte[] file = "the\t0.2\t0.01\n,\t0.1\t0.01\n".getBytes(StandardCharsets.UTF_8);
    StyleSignal other = new StyleSignal(new ByteArrayInputStream(file));

    assertThat(other.decode(StyleSignal.shared().encode(STORY))).isSameAs(StyleSignal.STALE);
    assertThat(other.decode(other.encode(STORY))).hasSize(2);
  }

  @Test
  void cosines_indexedCountsOrElseStoredTitleAndBody_zeroWithoutText() throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    StyleSignal style = StyleSignal.shared();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      // doc 0 indexed before the counts; doc 1 with them; doc 2 with counts of other features
      // (a report's, which its stored text overrules)
      w.addDocument(doc(null, REPORT));
      Document counted = doc("Home", OTHER_STORY);
      counted.add(new BinaryDocValuesField(Documents.STYLE,
          style.encode("Home\n\n" + OTHER_STORY)));
      w.addDocument(counted);
      Document stale = doc(null, null);
      byte[] report = style.encode(REPORT).bytes.clone();
      report[0]++;
      stale.add(new BinaryDocValuesField(Documents.STYLE, new BytesRef(report)));
      w.addDocument(stale);
    }
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      // given in no particular order: the cosines follow their documents
      float[] cos = StyleSignal.cosines(r, new ScoreDoc[] {new ScoreDoc(2, 1f),
          new ScoreDoc(1, 3f), new ScoreDoc(0, 2f)}, STORY);

      assertThat(cos[0]).isZero();
      assertThat(cos[1]).isEqualTo(StyleSignal.cosine(style.of("Home\n\n" + OTHER_STORY),
          style.of(STORY)));
      assertThat(cos[2]).isEqualTo(StyleSignal.cosine(style.of("\n\n" + REPORT),
          style.of(STORY)));
      assertThat(StyleSignal.cosines(r, new ScoreDoc[] {new ScoreDoc(1, 1f)}, ""))
          .containsExactly(0f);
    }
  }

  private static Document doc(String title, String body) {
    Document d = new Document();
    d.add(new StringField(Documents.ID, "d", Field.Store.YES));
    if (title != null) {
      d.add(new StoredField(Documents.TITLE, title));
    }
    if (body != null) {
      d.add(new StoredField(Documents.BODY, body));
    }
    return d;
  }
}
