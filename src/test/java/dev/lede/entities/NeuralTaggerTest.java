package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NeuralTaggerTest {

  /** Largest difference allowed between PyTorch's and our emission scores (float32 sums). */
  private static final double TOLERANCE = 2e-3;

  private static NeuralTagger tagger;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = NeuralTaggerTest.class.getResourceAsStream(
        EntityRecognizer.TAGGER_MODEL)) {
      tagger = NeuralTagger.read(in);
    }
  }

  private record Row(String token, String pos, String gazetteer, int flags, double[] scores) {}

  private static List<List<Row>> fixture() throws IOException {
    List<List<Row>> sentences = new ArrayList<>();
    List<Row> current = new ArrayList<>();
    try (InputStream in = NeuralTaggerTest.class.getResourceAsStream("tagger-fixture.tsv");
        BufferedReader r = new BufferedReader(
            new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (line.isEmpty()) {
          if (!current.isEmpty()) {
            sentences.add(current);
            current = new ArrayList<>();
          }
          continue;
        }
        String[] f = line.split("\t");
        double[] scores = new double[f.length - 4];
        for (int i = 4; i < f.length; i++) {
          scores[i - 4] = Double.parseDouble(f[i]);
        }
        current.add(new Row(f[0], f[1], f[2].equals("O") ? null : f[2],
            Integer.parseInt(f[3]), scores));
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  @Test
  void emissions_matchTheTrainingFramework() throws IOException {
    List<List<Row>> sentences = fixture();
    assertThat(sentences).hasSize(7);
    for (List<Row> s : sentences) {
      int n = s.size();
      float[] em = tagger.emissions(s.stream().map(Row::token).toArray(String[]::new),
          s.stream().map(Row::pos).toArray(String[]::new),
          s.stream().map(Row::gazetteer).toArray(String[]::new),
          s.stream().mapToInt(Row::flags).toArray());
      int k = em.length / n;
      assertThat(k).isEqualTo(s.get(0).scores().length);
      for (int t = 0; t < n; t++) {
        for (int j = 0; j < k; j++) {
          assertThat((double) em[t * k + j])
              .as("token %d (%s), label %d", t, s.get(t).token(), j)
              .isCloseTo(s.get(t).scores()[j], within(TOLERANCE));
        }
      }
    }
  }

  @Test
  void find_namesThePeoplePlacesAndOrganisationsOfAFixtureSentence() throws IOException {
    List<Row> s = fixture().get(0); // "Finance Minister Olena Markiv told reporters in Lviv ..."
    String[] tokens = s.stream().map(Row::token).toArray(String[]::new);
    NameFeatures.Prepared p = new NameFeatures.Prepared(tokens, new String[tokens.length][],
        false, s.stream().map(Row::gazetteer).toArray(String[]::new),
        s.stream().mapToInt(Row::flags).toArray());
    List<String> found = new ArrayList<>();
    for (int[] span : tagger.find(p, s.stream().map(Row::pos).toArray(String[]::new))) {
      found.add(TaggedSentence.TYPES.get(span[2]) + " "
          + String.join(" ", List.of(tokens).subList(span[0], span[1])));
    }
    assertThat(found).contains("PER Olena Markiv", "LOC Lviv");
  }

  @Test
  void find_emptySentence_findsNothing() {
    NameFeatures.Prepared p = new NameFeatures.Prepared(new String[0], new String[0][], false,
        new String[0], new int[0]);
    assertThat(tagger.find(p, new String[0])).isEmpty();
  }

  @Test
  void emissions_oddTokens_neverFail() {
    String[] tokens = {"", "\uD83D\uDE00", "\uD800", "a".repeat(500), "\u0000", "İstanbul"};
    float[] em = tagger.emissions(tokens, new String[] {"X", "SYM", "X", "NOUN", "X", "PROPN"},
        new String[tokens.length], new int[tokens.length]);
    assertThat(em).hasSize(tokens.length * 7);
    for (float f : em) {
      assertThat(Float.isFinite(f)).isTrue();
    }
  }

  /**
   * Flag bits above the ones a model was trained with are ignored: the name features may set
   * more bits than an older model reads (a model of 4 flag bits gets the lexicon's too).
   */
  @Test
  void emissions_flagBitsAboveTheModels_ignored() {
    String[] tokens = {"Mira", "Holm", "spoke", "in", "Bergen"};
    String[] pos = {"PROPN", "PROPN", "VERB", "ADP", "PROPN"};
    int[] flags = {1, 2, 0, 0, 8};
    int[] wider = new int[flags.length];
    for (int i = 0; i < flags.length; i++) {
      wider[i] = flags[i] | (-1 << NameFeatures.FLAG_BITS);
    }

    float[] expected = tagger.emissions(tokens, pos, new String[tokens.length], flags);
    float[] got = tagger.emissions(tokens, pos, new String[tokens.length], wider);

    assertThat(got).containsExactly(expected);
  }

  /** The vocabulary's last word is read like any other (its vector ends the table). */
  @Test
  void emissions_lastWordOfTheVocabulary_readsItsVector() throws IOException {
    byte[] model;
    try (InputStream in = NeuralTaggerTest.class.getResourceAsStream(
        EntityRecognizer.TAGGER_MODEL)) {
      model = in.readAllBytes();
    }
    ByteBuffer b = ByteBuffer.wrap(model);
    b.position(16); // magic, characters per token, flag bits
    int layers = b.getInt();
    b.position(b.position() + 4 * layers);
    String last = null;
    for (int list = 0; list < 5; list++) { // labels, POS, gazetteer, characters, words
      last = skipStrings(b);
    }
    String[] tokens = {"about", last};

    float[] em = tagger.emissions(tokens, new String[] {"ADP", "NOUN"}, new String[2],
        new int[2]);

    assertThat(em).hasSize(2 * 7);
    for (float f : em) {
      assertThat(Float.isFinite(f)).isTrue();
    }
  }

  @Test
  void read_notAModel_throws() {
    assertThatThrownBy(() -> NeuralTagger.read(new ByteArrayInputStream(
        "not a model at all".getBytes(StandardCharsets.US_ASCII))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a Lede neural tagger model");
  }

  /**
   * The shipped model cut into its shared part (vocabulary, vectors), the rarer words' block of
   * format 4 (empty in other formats) and its networks, so that tests can put together files of
   * one network, of several, or of none, with or without the rarer words.
   */
  private record ModelParts(byte[] shared, byte[] rare, List<byte[]> networks) {

    static ModelParts of(byte[] model) throws IOException {
      ByteBuffer b = ByteBuffer.wrap(model);
      String magic = new String(model, 0, 8, StandardCharsets.US_ASCII);
      b.position(8);
      b.getInt(); // characters per token
      b.getInt(); // flag bits
      int layers = b.getInt();
      b.position(b.position() + 4 * layers);
      for (int list = 0; list < 5; list++) {
        skipStrings(b);
      }
      int rows = b.getInt();
      int dim = b.getInt();
      b.position(b.position() + rows * dim + 4 * rows);
      byte[] shared = Arrays.copyOfRange(model, 8, b.position());
      int rareFrom = b.position();
      if (magic.equals("LEDENER4")) {
        skipStrings(b);
        int rareRows = b.getInt();
        int rowBytes = b.getInt();
        b.position(b.position() + rareRows * rowBytes + 4 * rareRows);
      }
      byte[] rare = Arrays.copyOfRange(model, rareFrom, b.position());
      int count = magic.equals("LEDENER3") || magic.equals("LEDENER4") ? b.getInt() : 1;
      List<byte[]> networks = new ArrayList<>();
      for (int m = 0; m < count; m++) {
        int from = b.position();
        for (int t = 0; t < 13 + 2 * layers; t++) {
          int size = 1;
          for (int rank = b.getInt(), d = 0; d < rank; d++) {
            size *= b.getInt();
          }
          b.position(b.position() + 4 * size);
        }
        networks.add(Arrays.copyOfRange(model, from, b.position()));
      }
      assertThat(b.remaining()).isZero();
      return new ModelParts(shared, rare, networks);
    }

    /** A tagger of these networks: format 2 for one network, format 3 for several. */
    NeuralTagger with(int... networkIndexes) throws IOException {
      return read(networkIndexes.length > 1, networkIndexes);
    }

    /** A tagger of these networks in format 3 (with a network count), even for one. */
    NeuralTagger inFormatThree(int... networkIndexes) throws IOException {
      return read(true, networkIndexes);
    }

    /** A tagger of these networks in format 4: with the rarer words' vectors. */
    NeuralTagger inFormatFour(int... networkIndexes) throws IOException {
      return NeuralTagger.read(new ByteArrayInputStream(formatFour(rare, networkIndexes)));
    }

    /** Format 4's bytes with this rarer words' block. */
    byte[] formatFour(byte[] rareBlock, int... networkIndexes) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write("LEDENER4".getBytes(StandardCharsets.US_ASCII));
      out.write(shared);
      out.write(rareBlock);
      out.write(ByteBuffer.allocate(4).putInt(networkIndexes.length).array());
      for (int i : networkIndexes) {
        out.write(networks.get(i));
      }
      return out.toByteArray();
    }

    private NeuralTagger read(boolean formatThree, int... networkIndexes) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write((formatThree ? "LEDENER3" : "LEDENER2").getBytes(StandardCharsets.US_ASCII));
      out.write(shared);
      if (formatThree) {
        out.write(ByteBuffer.allocate(4).putInt(networkIndexes.length).array());
      }
      for (int i : networkIndexes) {
        out.write(networks.get(i));
      }
      return NeuralTagger.read(new ByteArrayInputStream(out.toByteArray()));
    }
  }

  /** Reads past a list of strings as the model stores them; returns the last (null if none). */
  private static String skipStrings(ByteBuffer b) {
    String last = null;
    for (int i = 0, n = b.getInt(); i < n; i++) {
      int length = b.getInt();
      last = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
      b.position(b.position() + length);
    }
    return last;
  }

  private static ModelParts shippedParts() throws IOException {
    try (InputStream in = NeuralTaggerTest.class.getResourceAsStream(
        EntityRecognizer.TAGGER_MODEL)) {
      return ModelParts.of(in.readAllBytes());
    }
  }

  private static float[] emissions(NeuralTagger t, List<Row> s) {
    return t.emissions(s.stream().map(Row::token).toArray(String[]::new),
        s.stream().map(Row::pos).toArray(String[]::new),
        s.stream().map(Row::gazetteer).toArray(String[]::new),
        s.stream().mapToInt(Row::flags).toArray());
  }

  @Test
  void read_twoCopiesOfOneNetwork_scoreAsThatNetworkAlone() throws IOException {
    ModelParts parts = shippedParts();
    NeuralTagger alone = parts.with(0);
    NeuralTagger twice = parts.with(0, 0);
    assertScoresAlike(twice, alone, 1e-5f);
  }

  /** Asserts that two taggers give the same emission scores on every fixture sentence. */
  private static void assertScoresAlike(NeuralTagger got, NeuralTagger expected, float tolerance)
      throws IOException {
    for (List<Row> s : fixture()) {
      float[] e = emissions(expected, s);
      float[] g = emissions(got, s);
      for (int i = 0; i < e.length; i++) {
        assertThat(g[i]).isCloseTo(e[i], within(tolerance));
      }
    }
  }

  @Test
  void decode_twoCopiesOfOneNetwork_decodeAsThatNetworkAlone() throws IOException {
    ModelParts parts = shippedParts();
    NeuralTagger alone = parts.with(0);
    NeuralTagger twice = parts.with(0, 0);
    Random random = new Random(7);
    int labels = 7;
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(8);
      float[] em = new float[n * labels];
      for (int i = 0; i < em.length; i++) {
        em[i] = (float) (random.nextGaussian() * 3);
      }
      // the same transition, start and end scores: averaging two copies changes none of them
      assertThat(twice.decode(em, n)).as("trial %d", trial).containsExactly(alone.decode(em, n));
    }
  }

  @Test
  void decode_startAndEndScores_decideAOneTokenSentence() throws IOException {
    // A network ends with its start and end scores, one float each per label (7), each after a
    // rank and a dimension: [... start: 1, 7, 7 floats][end: 1, 7, 7 floats]. With equal
    // emissions, one label's start (or end) score far above every other score decides the label.
    ModelParts parts = shippedParts();
    int labels = 7;
    for (int label = 0; label < labels; label++) {
      for (boolean atStart : new boolean[] {true, false}) {
        byte[] network = parts.networks().get(0).clone();
        ByteBuffer b = ByteBuffer.wrap(network);
        int end = network.length - 4 * labels;
        int start = end - 8 - 4 * labels;
        for (int j = 0; j < labels; j++) {
          b.putFloat(start + 4 * j, atStart && j == label ? 1e4f : 0f);
          b.putFloat(end + 4 * j, !atStart && j == label ? 1e4f : 0f);
        }
        NeuralTagger edited = new ModelParts(parts.shared(), parts.rare(), List.of(network)).with(0);
        assertThat(edited.decode(new float[labels], 1))
            .as("label %d, %s", label, atStart ? "start" : "end").containsExactly(label);
      }
    }
  }

  @Test
  void read_severalNetworks_averageTheirScores() throws IOException {
    ModelParts parts = shippedParts();
    assertThat(parts.networks()).as("networks of the shipped model").hasSizeGreaterThan(1);
    int n = parts.networks().size();
    int[] all = IntStream.range(0, n).toArray();
    NeuralTagger ensemble = parts.with(all);
    for (List<Row> s : fixture()) {
      float[] mean = new float[emissions(ensemble, s).length];
      for (int m = 0; m < n; m++) {
        float[] one = emissions(parts.with(m), s);
        for (int i = 0; i < mean.length; i++) {
          mean[i] += one[i] / n;
        }
      }
      float[] got = emissions(ensemble, s);
      for (int i = 0; i < mean.length; i++) {
        assertThat(got[i]).isCloseTo(mean[i], within(1e-4f));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"1", "16"})
  void read_networkCountAtTheLimits_readsAndDecodesAsOneNetwork(int count) throws IOException {
    ModelParts parts = shippedParts();
    NeuralTagger copies = parts.inFormatThree(new int[count]); // network 0, count times
    assertScoresAlike(copies, parts.with(0), 1e-4f);
  }

  /**
   * The flag-bit count is checked against [0, 31] before anything else is read: -1 and 32 are
   * refused by that check, 0 and 31 pass it (and the file then fails on its first layer, whose
   * width no longer fits).
   */
  @ParameterizedTest
  @CsvSource({"-1,true", "0,false", "31,false", "32,true"})
  void read_flagBitCount_refusedOutsideZeroToThirtyOne(int flagBits, boolean refused)
      throws IOException {
    ModelParts parts = shippedParts();
    byte[] shared = parts.shared().clone();
    ByteBuffer.wrap(shared).putInt(4, flagBits);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("LEDENER2".getBytes(StandardCharsets.US_ASCII));
    out.write(shared);
    out.write(parts.networks().get(0));

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> NeuralTagger.read(new ByteArrayInputStream(out.toByteArray())));

    assertThat(thrown).isInstanceOf(IOException.class);
    if (refused) {
      assertThat(thrown).hasMessage("flag bits " + flagBits + " out of range");
    } else {
      assertThat(thrown.getMessage()).doesNotContain("flag bits");
    }
  }

  @ParameterizedTest
  @CsvSource({"0", "17", "-1"})
  void read_networkCountOutOfRange_throws(int count) throws IOException {
    ModelParts parts = shippedParts();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("LEDENER3".getBytes(StandardCharsets.US_ASCII));
    out.write(parts.shared());
    out.write(ByteBuffer.allocate(4).putInt(count).array());
    out.write(parts.networks().get(0));
    assertThatThrownBy(() -> NeuralTagger.read(new ByteArrayInputStream(out.toByteArray())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(count + " networks, expected 1 to 16");
  }

  /**
   * A word of the rarer words' block (GloVe rank 100,000-200,000, not in the training data) reads
   * its own vector: its scores differ from those of the same networks without the block, where it
   * is an unknown word; a word beyond the block ("Simrock", rank about 210,000) and a word of the
   * vocabulary score the same either way.
   */
  @Test
  void emissions_rareWord_readsItsVectorFromTheFourBitBlock() throws IOException {
    ModelParts parts = shippedParts();
    assertThat(parts.rare()).isNotEmpty();
    NeuralTagger withRare = parts.inFormatFour(0, 1);
    NeuralTagger without = parts.with(0, 1);
    String[] pos = {"PROPN", "VERB"};
    String[] gaz = new String[2];
    int[] flags = new int[2];

    float[] rare = withRare.emissions(new String[] {"Jespersen", "said"}, pos, gaz, flags);
    float[] unknown = without.emissions(new String[] {"Jespersen", "said"}, pos, gaz, flags);
    assertThat(rare).isNotEqualTo(unknown);
    assertThat(withRare.emissions(new String[] {"Simrock", "said"}, pos, gaz, flags))
        .containsExactly(without.emissions(new String[] {"Simrock", "said"}, pos, gaz, flags));
    assertThat(withRare.emissions(new String[] {"Markiv", "said"}, pos, gaz, flags))
        .containsExactly(without.emissions(new String[] {"Markiv", "said"}, pos, gaz, flags));
  }

  /** The block's last word ends its table: read like any other, from its own row. */
  @Test
  void emissions_lastRareWord_readsTheTablesLastRow() throws IOException {
    ModelParts parts = shippedParts();
    String last = skipStrings(ByteBuffer.wrap(parts.rare()));
    String[] pos = {"ADP", "PROPN"};

    float[] em = parts.inFormatFour(0).emissions(new String[] {"about", last}, pos,
        new String[2], new int[2]);

    assertThat(em).isNotEqualTo(parts.with(0).emissions(new String[] {"about", last}, pos,
        new String[2], new int[2]));
    for (float f : em) {
      assertThat(Float.isFinite(f)).isTrue();
    }
  }

  /** A block whose row count or row width does not fit its words is a corrupt file. */
  @ParameterizedTest
  @CsvSource({"1,0", "-1,0", "0,1", "0,-1"})
  void read_rareBlockNotMatchingItsWords_throws(int rowsOff, int widthOff) throws IOException {
    ModelParts parts = shippedParts();
    byte[] rare = parts.rare().clone();
    ByteBuffer b = ByteBuffer.wrap(rare);
    skipStrings(b);
    int at = b.position();
    b.putInt(at, b.getInt(at) + rowsOff);
    b.putInt(at + 4, b.getInt(at + 4) + widthOff);

    assertThatThrownBy(() -> NeuralTagger.read(new ByteArrayInputStream(
        parts.formatFour(rare, 0))))
        .isInstanceOf(IOException.class)
        .hasMessage("rarer words' vectors do not match their words");
  }

  @ParameterizedTest
  @CsvSource({"the,0", "Minister,1", "NATO,2", "A,3", "McDonald,4", "iPhone,4", "2024,5",
      "',',6", "--,6", "G7,7", "Zürich,1", "ÉCOLE,2"})
  void shape_classes(String token, int expected) {
    assertThat(NeuralTagger.shape(token)).isEqualTo(expected);
  }
}
