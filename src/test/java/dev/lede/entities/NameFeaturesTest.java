package dev.lede.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NameFeatures}: what the name finders see of a sentence. */
final class NameFeaturesTest {

  private static NameFeatures.Prepared prepare(String tokens) {
    SentenceTokens s = StageFixtures.sentence(tokens);
    return StageFixtures.features().prepare(s.body(), s.words(), s.pos(), s.starts(), s.ends());
  }

  /** A token's features without the word-cluster ids. */
  private static List<String> plain(String[] context) {
    return Arrays.stream(context).filter(f -> !f.matches("c+-?\\d=.*")).toList();
  }

  /** The value of a feature of a token, or null. */
  private static String value(String[] context, String key) {
    for (String f : context) {
      if (f.startsWith(key + "=")) {
        return f.substring(key.length() + 1);
      }
    }
    return null;
  }

  @Test
  void prepare_mixedCase_partOfSpeechGazetteerAndNameFeatures() {
    NameFeatures.Prepared p = prepare("President Vladimir Putin's aides visited Paris");

    assertThat(p.allCaps()).isFalse();
    assertThat(p.tokens()).containsExactly("President", "Vladimir", "Putin", "aides", "visited",
        "Paris");
    // the longest gazetteer match each token is part of ("Vladimir" is also a Russian city)
    assertThat(p.gazetteer()).containsExactly(null, "BCITY", null, null, null, "BCITY");
    assertThat(plain(p.context()[0])).containsExactly("pos=PROPN", "pp=BOS", "np=PROPN",
        "ng=BCITY", "surname", "title");
    assertThat(plain(p.context()[1])).containsExactly("pos=PROPN", "pp=PROPN", "np=PROPN",
        "g=BCITY", "given", "ptitle");
    assertThat(plain(p.context()[2])).containsExactly("pos=PROPN", "pp=PROPN", "np=NOUN",
        "pg=BCITY", "pgiven");
    assertThat(plain(p.context()[5])).containsExactly("pos=PROPN", "pp=NOUN", "np=EOS",
        "g=BCITY", "given", "surname");
    // the low flag bits say the same as the features; the name lexicon's bits sit above them
    int low = (1 << NameFeatures.LEXICON_SHIFT) - 1;
    assertThat(Arrays.stream(p.flags()).map(f -> f & low).toArray()).containsExactly(
        NameFeatures.SURNAME | NameFeatures.TITLE, NameFeatures.GIVEN, 0, 0, 0,
        NameFeatures.GIVEN | NameFeatures.SURNAME);
  }

  @Test
  void prepare_shortNameThatIsAlsoAWord_isNoGazetteerFeature() {
    // the taggers were trained without such names: listing one must not change their input
    NameFeatures.Prepared p = prepare("the vote split Labour and the Labour Party");

    assertThat(p.gazetteer()).containsExactly(null, null, null, null, null, null,
        "BORGANIZATION", "IORGANIZATION");
  }

  @Test
  void prepare_listedCompany_isNoGazetteerFeature() {
    // the taggers were trained without the companies list
    NameFeatures.Prepared p = prepare("shares of Eli Lilly and the Red Cross");

    assertThat(p.gazetteer()).containsExactly(null, null, null, null, null, null,
        "BORGANIZATION", "IORGANIZATION");
  }

  @Test
  void prepare_clusterWindow_fineNextToTheTokenCoarseFurtherOut() {
    NameFeatures.Prepared p = prepare("President Vladimir Putin's aides visited Paris");
    String[][] c = p.context();
    List<String> keys = new ArrayList<>();
    for (String f : c[2]) {
      if (f.matches("c+-?\\d=.*")) {
        keys.add(f.substring(0, f.indexOf('=')));
      }
    }
    assertThat(keys).containsExactly("cc-2", "c-1", "cc-1", "c0", "cc0", "c1", "cc1", "cc2");
    // each token's own cluster is its neighbours' cluster at the matching offset
    for (int i = 1; i < c.length - 1; i++) {
      assertThat(value(c[i], "c0")).as("token %d", i).isNotNull()
          .isEqualTo(value(c[i - 1], "c1")).isEqualTo(value(c[i + 1], "c-1"));
      assertThat(value(c[i], "cc0")).isEqualTo(value(c[i - 1], "cc1"))
          .isEqualTo(value(c[i + 1], "cc-1"));
    }
    assertThat(value(c[0], "cc0")).isEqualTo(value(c[2], "cc-2"));
    assertThat(value(c[0], "cc-1")).isNull();
    assertThat(value(c[5], "cc1")).isNull();
  }

  @Test
  void prepare_headlineInCapitals_readInTitleCase() {
    NameFeatures.Prepared p = prepare("PRESIDENT PUTIN VISITS PARIS");

    assertThat(p.allCaps()).isTrue();
    assertThat(p.tokens()).containsExactly("President", "Putin", "Visits", "Paris");
    assertThat(p.gazetteer()).containsExactly(null, null, null, "BCITY");
    assertThat(plain(p.context()[1])).containsExactly("pos=PROPN", "pp=PROPN", "np=PROPN",
        "ptitle", "caps");
    int low = (1 << NameFeatures.LEXICON_SHIFT) - 1;
    assertThat(Arrays.stream(p.flags()).map(f -> f & low).toArray()).containsExactly(
        NameFeatures.SURNAME | NameFeatures.TITLE | NameFeatures.CAPS, NameFeatures.CAPS,
        NameFeatures.CAPS, NameFeatures.GIVEN | NameFeatures.SURNAME | NameFeatures.CAPS);
  }

  @Test
  void prepare_shoutedNameInMixedCase_titleCased_shortAcronymsKept() {
    NameFeatures.Prepared p = prepare("KHARKIV — NATO aides met in Ohio");

    assertThat(p.allCaps()).isFalse();
    assertThat(p.tokens()).containsExactly("Kharkiv", "—", "NATO", "aides", "met", "in", "Ohio");
    assertThat(p.gazetteer()).containsExactly("BCITY", null, "BORGANIZATION", null, null, null,
        "BREGION");
  }

  @ParameterizedTest
  @CsvSource({
      "NATO AND EU, true",
      "NATO AND EU WARN russia, true", // 4 of 5 words in capitals
      "NATO AND EU warn, false", // 3 of 4
      "NATO EU, false", // fewer than three words with letters
      "NATO - EU + 2024 TALKS, true",
  })
  void isAllCaps_mostWordsInCapitals(String sentence, boolean expected) {
    assertThat(NameFeatures.isAllCaps(sentence.split(" "))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(quoteCharacter = '"', value = {
      "Putin's, Putin", "Putin’s, Putin", "Jones', Jones", "Jones’, Jones", "'s, 's", "x's, x",
      "s', s", "3', 3'", "', '", "Putin, Putin",
      // a word in capitals writes its possessive in capitals; a small word before "'S" does not
      "OYELARAN'S, OYELARAN", "NATO’S, NATO", "Jones'S, Jones'S",
  })
  void stripPossessive_onlyAfterAName(String word, String expected) {
    assertThat(NameFeatures.stripPossessive(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "President, true", "president, true", "Secretary-General, true", "ex-President, true",
      "Vice-President, true", "Pres., false", "Sen., true", "-President, false", "Putin, false",
      "President-, false",
  })
  void isTitle_knownTitlesAndHyphenatedOnes(String token, boolean expected) {
    assertThat(StageFixtures.features().isTitle(token)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(quoteCharacter = '"', value = {"PUTIN, Putin", "DON'T, Don't",
      "JEAN-PIERRE, Jean-Pierre", "AL’S, Al’s", "1ST, 1St"})
  void titleCase_capitalAfterEachNonLetterButAnApostrophe(String word, String expected) {
    assertThat(NameFeatures.titleCase(word)).isEqualTo(expected);
  }

  @Test
  void isListedName_givenNamesAndSurnamesButNoTitleOrCommonWord() {
    NameFeatures features = StageFixtures.features();
    assertThat(features.isListedName("Harris")).isTrue(); // a surname and a given name
    assertThat(features.isListedName("Margaret")).isTrue();
    assertThat(features.isListedName("Tightens")).isFalse();
    assertThat(features.isListedName("President")).isFalse(); // a title
  }
}
