package dev.lede.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import dev.lede.entities.Mention;
import dev.lede.text.AnalyzedText;
import dev.lede.text.Sentence;
import dev.lede.text.TextProcessor;
import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class KeywordExtractorTest {

  private static TextProcessor processor;

  @BeforeAll
  static void load() {
    processor = TextProcessor.load();
  }

  @Test
  void extract_repeatedNounPhrasesRankFirst() {
    AnalyzedText t = processor.process("The city council approved the new tram line on Monday. "
        + "The tram line will connect the airport with the old town. Work on the tram line "
        + "starts in May, the council said. Some shop owners fear months of noise.");
    List<Keyword> keywords = KeywordExtractor.withLimit(5).extract("Council backs tram line", t);

    assertThat(keywords).hasSizeLessThanOrEqualTo(5);
    assertThat(keywords.get(0).term()).isEqualTo("tram line");
    assertThat(keywords.get(0).score()).isEqualTo(1.0);
    assertThat(keywords).extracting(Keyword::term).contains("council");
    assertThat(keywords).extracting(Keyword::term).doesNotContain("the", "on", "monday said");
    assertThat(keywords).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }

  /**
   * A text tagged by hand, so that scores do not depend on the tagger: sentences of
   * {@code word/POS/lemma} tokens, separated by spaces in the body.
   */
  private static AnalyzedText tagged(String... sentences) {
    StringBuilder body = new StringBuilder();
    List<Sentence> out = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (String sentence : sentences) {
      int start = body.length();
      int first = tokens.size();
      for (String token : sentence.split(" ")) {
        String[] parts = token.split("/");
        if (body.length() > start) {
          body.append(' ');
        }
        tokens.add(new Token(parts[0], body.length(), body.length() + parts[0].length(),
            parts[1], parts[2]));
        body.append(parts[0]);
      }
      out.add(new Sentence(body.substring(start), start, body.length(), first,
          tokens.size() - first));
      body.append(' ');
    }
    return new AnalyzedText(body.toString(), out, tokens, "en", tokens.size(), 0, 1);
  }

  @Test
  void extract_equalScores_roundedAndInTermOrder() {
    // ten sentences weigh 2.0, 1.9, ... 1.1: "apple" in the second and ninth sums to
    // 3.0999999999999996, "zebra" in the third and eighth to 3.1, which put "zebra" first
    String[] s = new String[10];
    Arrays.fill(s, "it/PRON/it ran/VERB/run ./PUNCT/.");
    s[0] = "lead/NOUN/lead ran/VERB/run lead/NOUN/lead ran/VERB/run lead/NOUN/lead ./PUNCT/.";
    s[1] = "apple/NOUN/apple ./PUNCT/.";
    s[8] = s[1];
    s[2] = "zebra/NOUN/zebra ./PUNCT/.";
    s[7] = s[2];

    List<Keyword> keywords = KeywordExtractor.withLimit(3).extract(null, tagged(s));

    assertThat(keywords).extracting(Keyword::term).containsExactly("lead", "apple", "zebra");
    assertThat(keywords.get(1).score()).isEqualTo(keywords.get(2).score()).isEqualTo(0.5167);
  }

  @Test
  void relative_farBelowTheBest_isTheSmallestStepNeverZero() {
    assertThat(KeywordExtractor.relative(1, 1e6)).isEqualTo(0.0001);
    assertThat(KeywordExtractor.relative(7, 7)).isEqualTo(1.0);
  }

  @Test
  void extract_addresses_areNoKeywords() {
    // "press@example.org" and "@cityhall" were keywords
    AnalyzedText t = tagged(
        "Write/VERB/write to/ADP/to press@example.org/PROPN/press@example.org or/CCONJ/or "
            + "@CityHall/PROPN/@CityHall about/ADP/about the/DET/the budget/NOUN/budget ./PUNCT/.",
        "See/VERB/see www.example.com/PROPN/www.example.com ./PUNCT/.");

    assertThat(KeywordExtractor.withLimit(10).extract(null, t)).extracting(Keyword::term)
        .containsExactly("budget");
  }

  @Test
  void extract_quantifyingAdjective_opensNoPhrase() {
    // "more protected bike" and "most long-distance" were keywords
    AnalyzedText t = tagged(
        "It/PRON/it wants/VERB/want more/ADJ/more protected/ADJ/protected bikes/NOUN/bike "
            + "and/CCONJ/and most/ADJ/most trains/NOUN/train ./PUNCT/.");

    assertThat(KeywordExtractor.withLimit(10).extract(null, t)).extracting(Keyword::term)
        .containsExactlyInAnyOrder("bike", "protected bike", "train");
  }

  @Test
  void extract_calendarAndClockWords_areNoKeywordsNorPartOfOne() {
    // "last week", "jordan last week", "thursday", "27th minute" and "third straight month" were
    // keywords: words of when, which any news story has, not of what it is about
    AnalyzedText t = processor.process("The envoy visited Jordan last week. On Thursday morning "
        + "the envoy met ministers, and a second round of talks is due next month. Talks "
        + "resumed after a pause of three hours. The team scored in the 27th minute, its third "
        + "goal in a straight month. The wildfire season starts in May.");

    List<String> terms = KeywordExtractor.withLimit(50).extract(null, t).stream()
        .map(Keyword::term).toList();

    assertThat(terms).contains("envoy", "talk", "wildfire season", "round");
    assertThat(terms).allSatisfy(term -> assertThat(term.split(" ")).doesNotContainAnyElementsOf(
        List.of("week", "thursday", "morning", "month", "hour", "minute")));
  }

  @Test
  void extract_unitsOfMeasure_areNoKeywordsAloneOrAfterANumber() {
    // "percent" and "kilometres" were keywords of most business and sports stories
    AnalyzedText t = tagged(
        "Exports/NOUN/export rose/VERB/rise 4/NUM/4 percent/NOUN/percent ,/PUNCT/, or/CCONJ/or "
            + "9/NUM/9 per/ADP/per cent/NOUN/cent of/ADP/of output/NOUN/output ./PUNCT/.",
        "The/DET/the race/NOUN/race covers/VERB/cover 42/NUM/42 kilometres/NOUN/kilometre "
            + "and/CCONJ/and three/NUM/three miles/NOUN/mile of/ADP/of coast/NOUN/coast "
            + "./PUNCT/.");

    assertThat(KeywordExtractor.withLimit(10).extract(null, t)).extracting(Keyword::term)
        .containsExactlyInAnyOrder("export", "output", "race", "coast");
  }

  @Test
  void extract_verbFormTaggedAsNoun_isNoKeywordWord() {
    // the tagger read "rose" and "sold" as nouns ("coffee prices rose", "final sold" were
    // keywords); their lemmas say what they are. Plurals, regular or not, and -ing nouns stay.
    AnalyzedText t = tagged(
        "Coffee/NOUN/coffee prices/NOUN/price rose/NOUN/rise and/CCONJ/and the/DET/the "
            + "final/NOUN/final sold/NOUN/sell out/ADP/out ./PUNCT/.",
        "The/DET/the capsule/NOUN/capsule landed/NOUN/land ./PUNCT/.",
        "Women/NOUN/woman and/CCONJ/and children/NOUN/child saw/VERB/see the/DET/the "
            + "criteria/NOUN/criterion for/ADP/for school/NOUN/school shooting/NOUN/shoot "
            + "drills/NOUN/drill ./PUNCT/.");

    assertThat(KeywordExtractor.withLimit(20).extract(null, t)).extracting(Keyword::term)
        .containsExactlyInAnyOrder("coffee", "price", "coffee price", "final", "capsule",
            "woman", "child",
            "criterion", "school", "shoot", "drill", "school shoot", "shoot drill",
            "school shoot drill");
  }

  @Test
  void extract_presentVerbTaggedAsNounBeforeItsObject_endsTheSubject() {
    // no verb yet: a word in -s after a singular noun, then a determiner, proper noun, number,
    // adjective or adverb and no verb before the clause ends, is the verb the tagger missed
    AnalyzedText t = tagged(
        "The/DET/the committee/NOUN/committee bars/NOUN/bar the/DET/the march/NOUN/march "
            + "./PUNCT/.",
        "The/DET/the launch/NOUN/launch puts/NOUN/put Lumora/PROPN/Lumora ahead/ADV/ahead "
            + "./PUNCT/.",
        "Gibraltar/PROPN/Gibraltar borders/NOUN/border Spain/PROPN/Spain ./PUNCT/.");

    assertThat(KeywordExtractor.withLimit(20).extract(null, t)).extracting(Keyword::term)
        .containsExactlyInAnyOrder("committee", "march", "launch", "lumora", "gibraltar",
            "spain");
  }

  @Test
  void extract_pluralAfterANoun_staysWhereTheClauseHasItsVerbOrNoObject() {
    // a compound's head: the verb follows it, or an earlier verb, a preposition or a
    // capitalised name tells nothing ("price rises", "water supplies", "Roads Minister")
    AnalyzedText t = tagged(
        "Price/NOUN/price rises/NOUN/rise hit/VERB/hit poor/ADJ/poor families/NOUN/family "
            + "./PUNCT/.",
        "Water/NOUN/water supplies/NOUN/supply in/ADP/in the/DET/the north/NOUN/north "
            + "./PUNCT/.",
        "Officials/NOUN/official said/VERB/say school/NOUN/school meals/NOUN/meal "
            + "feed/NOUN/feed many/ADJ/many ./PUNCT/.",
        "Aid/NOUN/aid pledges/NOUN/pledge top/VERB/top five/NUM/five billion/NUM/billion "
            + "./PUNCT/.",
        "Assistant/PROPN/Assistant Roads/PROPN/Roads Minister/PROPN/Minister "
            + "Wilfred/PROPN/Wilfred resigned/VERB/resign ./PUNCT/.");

    assertThat(KeywordExtractor.withLimit(30).extract(null, t)).extracting(Keyword::term)
        .contains("price rise", "water supply", "school meal", "school meal feed",
            "aid pledge");
  }

  @Test
  void extract_calendarWordAfterANoun_staysInItsPhrase() {
    AnalyzedText t = tagged(
        "Library/NOUN/library hours/NOUN/hour fall/VERB/fall on/ADP/on Monday/PROPN/Monday "
            + "./PUNCT/.",
        "The/DET/the school/NOUN/school year/NOUN/year ends/VERB/end early/ADV/early "
            + "./PUNCT/.");

    assertThat(KeywordExtractor.withLimit(10).extract(null, t)).extracting(Keyword::term)
        .containsExactlyInAnyOrder("library", "library hour", "school", "school year");
  }

  @Test
  void extract_capitalisedWordsInARow_neverCut() {
    AnalyzedText t = tagged(
        "The/DET/the North/PROPN/North American/ADJ/american chief/NOUN/chief spoke/VERB/speak "
            + "./PUNCT/.",
        "Rival/ADJ/rival Kestra/PROPN/Kestra rose/VERB/rise ./PUNCT/.",
        "The/DET/the Grand/ADJ/grand Old/ADJ/old River/PROPN/River Ferry/PROPN/Ferry "
            + "sails/VERB/sail ./PUNCT/.");

    List<String> terms = KeywordExtractor.withLimit(20).extract(null, t).stream()
        .map(Keyword::term).toList();

    // two or three capitalised words are one name; a sentence's first word joins only as a
    // proper noun; four are a title-case line, cut as any words
    assertThat(terms).contains("north american chief", "chief", "kestra", "river ferry")
        .doesNotContain("north", "american chief", "north american");
  }

  @Test
  void extract_handTagged_exactScores() {
    // First of two sentences weighs 2.0, the second 1.5; a two-word phrase 1.5 times a word;
    // a title word doubles the weight. ferry 2.0 + 1.5, old ferry 3.0, oslo 1.5 x 2; scores
    // relative to the best, rounded to 4 places.
    AnalyzedText t = tagged(
        "Old/ADJ/old ferries/NOUN/ferry sail/VERB/sail ./PUNCT/.",
        "Ferries/NOUN/ferry sail/VERB/sail to/ADP/to Oslo/PROPN/Oslo x/NOUN/x it/NOUN/it "
            + "42/NOUN/42 ./PUNCT/.");

    assertThat(KeywordExtractor.withLimit(10).extract("Oslo news", t)).containsExactly(
        new Keyword("ferry", 1.0, "ferries"), new Keyword("old ferry", 0.8571, "old ferries"),
        new Keyword("oslo", 0.8571));
    assertThat(KeywordExtractor.withLimit(2).extract("Oslo news", t)).extracting(Keyword::term)
        .containsExactly("ferry", "old ferry");
    assertThat(KeywordExtractor.withLimit(0).extract("Oslo news", t)).isEmpty();
    assertThat(KeywordExtractor.withLimit(10).extract(null, t)).containsExactly(
        new Keyword("ferry", 1.0, "ferries"), new Keyword("old ferry", 0.8571, "old ferries"),
        new Keyword("oslo", 0.4286));
  }

  @Test
  void extract_inflectedForms_textAsTheArticleWritesItMostOften() {
    AnalyzedText t = tagged(
        "Library/NOUN/library fees/NOUN/fee fall/VERB/fall ./PUNCT/.",
        "The/DET/the library/NOUN/library fee/NOUN/fee ends/VERB/end ./PUNCT/.",
        "Higher/ADJ/high library/NOUN/library fees/NOUN/fee return/VERB/return ./PUNCT/.");

    List<Keyword> keywords = KeywordExtractor.withLimit(10).extract(null, t);

    assertThat(keywords).filteredOn(k -> k.term().equals("library fee")).singleElement()
        .extracting(Keyword::text).isEqualTo("library fees");
    assertThat(keywords).filteredOn(k -> k.term().equals("high library fee")).singleElement()
        .extracting(Keyword::text).isEqualTo("higher library fees");
    assertThat(keywords).filteredOn(k -> k.term().equals("fee")).singleElement()
        .extracting(Keyword::text).as("two of three write it so").isEqualTo("fees");
  }

  @Test
  void keyword_withoutText_isWrittenAsItsTerm() {
    assertThat(new Keyword("ferry", 0.5).text()).isEqualTo("ferry");
    assertThatThrownBy(() -> new Keyword("ferry", 0.5, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Keyword("ferry", 0.5, null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void extract_longNounRun_phrasesOfAtMostThreeWords() {
    AnalyzedText t = tagged(
        "harbour/NOUN/harbour crane/NOUN/crane repair/NOUN/repair crew/NOUN/crew");

    assertThat(KeywordExtractor.withLimit(20).extract(null, t)).containsExactly(
        new Keyword("crane repair crew", 1.0), new Keyword("harbour crane repair", 1.0),
        new Keyword("crane repair", 0.75), new Keyword("harbour crane", 0.75),
        new Keyword("repair crew", 0.75), new Keyword("crane", 0.5), new Keyword("crew", 0.5),
        new Keyword("harbour", 0.5), new Keyword("repair", 0.5));
  }

  private static Entity entity(EntityType type, String name, AnalyzedText t, String... mentions) {
    List<Mention> found = new ArrayList<>();
    for (String m : mentions) {
      int at = t.body().indexOf(m);
      while (at >= 0) {
        found.add(new Mention(at, at + m.length(), m));
        at = t.body().indexOf(m, at + 1);
      }
    }
    found.sort(java.util.Comparator.comparingInt(Mention::start));
    return new Entity(type, name, null, 0.5, found);
  }

  @Test
  void extract_withEntities_namesWholeNeverCutNothingBeforeAPersonCanonicalNames() {
    AnalyzedText t = tagged(
        "Prime/ADJ/prime Minister/PROPN/minister Giorgia/PROPN/Giorgia Meloni/PROPN/Meloni "
            + "met/VERB/meet Ursula/PROPN/Ursula von/ADP/von der/NOUN/der Leyen/PROPN/Leyen "
            + "./PUNCT/.",
        "Meloni/PROPN/Meloni government/NOUN/government thanked/VERB/thank the/DET/the "
            + "Bank/PROPN/Bank of/ADP/of "
            + "England/PROPN/England staff/NOUN/staff ./PUNCT/.");
    List<Entity> entities = List.of(
        entity(EntityType.PERSON, "Giorgia Meloni", t, "Giorgia Meloni", "Meloni government"),
        entity(EntityType.PERSON, "Ursula von der Leyen", t, "Ursula von der Leyen"),
        entity(EntityType.ORGANIZATION, "Bank of England", t, "Bank of England"));
    // "Meloni government" stands for the mention "Meloni" of the second sentence
    entities = List.of(new Entity(EntityType.PERSON, "Giorgia Meloni", null, 0.5, List.of(
            entities.get(0).mentions().get(0), new Mention(
                entities.get(0).mentions().get(1).start(),
                entities.get(0).mentions().get(1).start() + "Meloni".length(), "Meloni"))),
        entities.get(1), entities.get(2));

    List<String> terms = KeywordExtractor.withLimit(30).extract(null, t, entities).stream()
        .map(Keyword::term).toList();

    assertThat(terms).contains("giorgia meloni", "ursula von der leyen", "bank of england",
        "prime minister", "staff", "meloni government")
        .doesNotContain("meloni", "minister giorgia meloni", "prime minister giorgia",
            "ursula von der", "von der leyen", "der", "leyen", "england staff", "england");
    assertThat(KeywordExtractor.withLimit(30).extract(null, t, entities).get(0))
        .isEqualTo(new Keyword("giorgia meloni", 1.0)).as("both mentions count for the name");
  }

  @Test
  void extract_possessiveAsOneToken_isNoPartOfAPhrase() {
    // the tagger keeps "Portugal's" and "Apple's" one token each, tagged ADJ+AUX, PROPN+PART or
    // PROPN as it goes; "portugal's weather agency" and "apple's share" were keywords
    AnalyzedText t = processor.process(
        "Portugal's weather agency issued a red alert. Apple's shares fell.");
    List<Entity> entities = List.of(new Entity(EntityType.COUNTRY, "Portugal", "PT", 0.5,
        List.of(new Mention(0, "Portugal".length(), "Portugal"))));

    List<String> terms = KeywordExtractor.withLimit(30).extract(null, t, entities).stream()
        .map(Keyword::term).toList();

    assertThat(terms).contains("weather agency", "share")
        .allSatisfy(term -> assertThat(term).doesNotContain("+").doesNotContain("'")
            .doesNotContain("portugal").doesNotContain("apple"));
  }

  @Test
  void extract_withEntities_aNameInTheTitleWeighsDouble() {
    AnalyzedText t = tagged("Meloni/PROPN/Meloni met/VERB/meet farmers/NOUN/farmer ./PUNCT/.");
    List<Entity> entities = List.of(new Entity(EntityType.PERSON, "Giorgia Meloni", null, 0.5,
        List.of(new Mention(0, 6, "Meloni"))));

    assertThat(KeywordExtractor.withLimit(5).extract("Meloni visits farms", t, entities))
        .containsExactly(new Keyword("giorgia meloni", 1.0), new Keyword("farmer", 0.5, "farmers"));
  }

  @Test
  void extract_withoutEntities_asBefore() {
    AnalyzedText t = tagged(
        "harbour/NOUN/harbour crane/NOUN/crane repair/NOUN/repair crew/NOUN/crew");

    assertThat(KeywordExtractor.withLimit(20).extract(null, t, List.of()))
        .isEqualTo(KeywordExtractor.withLimit(20).extract(null, t));
  }

  @Test
  void extract_german_wordsWithoutGermanStopWordsOrEnglishLemmas() {
    // the English tagger and lemmatizer read German as junk: "die bundesregierung hat", "d
    // letzten monaten" (the lemma of "den"), "als unzureichend und" were keywords
    AnalyzedText t = processor.process("Die Stadtverwaltung von Lindenau hat am Dienstag den "
        + "neuen Fahrplan für die Straßenbahn vorgestellt. Der neue Fahrplan soll ab Mai gelten. "
        + "Nach Angaben der Stadtverwaltung fahren die Straßenbahn und die Busse dann öfter. "
        + "Viele Pendler begrüßen den Fahrplan, aber einige Anwohner fürchten mehr Lärm.");
    List<Keyword> keywords = KeywordExtractor.withLimit(10).extract(null, t);

    assertThat(t.language()).isEqualTo("de");
    assertThat(keywords.get(0)).isEqualTo(new Keyword("fahrplan", 1.0));
    assertThat(keywords).extracting(Keyword::term)
        .contains("stadtverwaltung", "straßenbahn")
        .allSatisfy(term -> assertThat(term).doesNotContain(" "))
        .noneMatch(GermanAnalyzer.getDefaultStopSet()::contains);
    assertThat(keywords).allSatisfy(k -> assertThat(k.text()).isEqualTo(k.term()));
  }

  @Test
  void extract_french_elidedArticleAndStopWordsLeftOut() {
    AnalyzedText t = processor.process("Le conseil municipal a approuvé lundi la nouvelle ligne "
        + "de tramway. La ligne de tramway reliera l'aéroport à la vieille ville. Selon le "
        + "conseil, les travaux de la ligne commenceront en mai. Des commerçants craignent des "
        + "mois de bruit près de l'aéroport.");
    List<Keyword> keywords = KeywordExtractor.withLimit(10).extract("Une ligne de tramway", t);

    assertThat(t.language()).isEqualTo("fr");
    assertThat(keywords).extracting(Keyword::term).startsWith("ligne", "tramway")
        .contains("aéroport", "conseil")
        .doesNotContain("l'aéroport", "de", "la", "le", "les", "des", "à");
  }

  @Test
  void extract_russian_wordsWithoutRussianStopWords() {
    AnalyzedText t = processor.process("Городской совет в понедельник утвердил новый маршрут "
        + "трамвая. Новый маршрут трамвая свяжет вокзал с аэропортом. По словам совета, работы "
        + "на маршруте начнутся в мае.");
    List<Keyword> keywords = KeywordExtractor.withLimit(10).extract(null, t);

    assertThat(t.language()).isEqualTo("ru");
    assertThat(keywords).extracting(Keyword::term).contains("маршрут", "трамвая")
        .doesNotContain("в", "с", "по", "на")
        .allSatisfy(term -> assertThat(term).doesNotContain(" "));
  }

  @Test
  void extract_languageWithoutAStopList_onlyNames() {
    // Lucene keeps no stop list for Polish or Chinese: every word would be a keyword, "w" and
    // "od" first; Chinese characters are tokens of one character each
    AnalyzedText polish = processor.process("Rada miasta zatwierdziła w poniedziałek nowy "
        + "rozkład jazdy tramwajów. Nowy rozkład ma obowiązywać od maja, a tramwaje będą "
        + "jeździć częściej.");
    AnalyzedText chinese = processor.process("市议会周一批准了新的电车线路。新线路将连接机场和老城区。"
        + "市议会表示，工程将于五月开始，预计明年年底完工。一些商户担心施工期间的噪音。");

    assertThat(polish.language()).isEqualTo("pl");
    assertThat(KeywordExtractor.withLimit(10).extract(null, polish)).isEmpty();
    assertThat(chinese.language()).isEqualTo("zh");
    assertThat(KeywordExtractor.withLimit(10).extract(null, chinese)).isEmpty();
  }

  @Test
  void extract_phraseWrittenWithANoBreakOrZeroWidthSpace_textHasAPlainSpace() {
    // "heavy\u00A0rain", written twice so, was the keyword's text, with the no-break space
    AnalyzedText t = processor.process("Heavy\u00A0rain hit the town. Heavy\u00A0rain flooded "
        + "roads. The heavy rain stopped. Smart\u200Bglasses sold out.");

    List<Keyword> keywords = KeywordExtractor.withLimit(10).extract(null, t);

    assertThat(keywords).extracting(Keyword::term, Keyword::text)
        .contains(tuple("heavy rain", "heavy rain"), tuple("smart glass", "smart glasses"));
  }

  @Test
  void extract_empty_isEmpty() {
    assertThat(KeywordExtractor.withLimit(10).extract(null, processor.process(""))).isEmpty();
  }

  @Test
  void withLimit_negative_throws() {
    assertThatThrownBy(() -> KeywordExtractor.withLimit(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
  }

  @Test
  void keyword_invalidScore_throws() {
    assertThatThrownBy(() -> new Keyword("x", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Keyword(" ", 0.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extract_phraseWithAMentionOfTwoTokens_isWrittenAsTheArticleWritesIt() {
    AnalyzedText t = processor.process("Her U.K. publisher signed the deal. Her U.K. publisher"
        + " printed the novel.");
    List<Mention> found = new ArrayList<>();
    for (int at = t.body().indexOf("U.K."); at >= 0; at = t.body().indexOf("U.K.", at + 1)) {
      found.add(new Mention(at, at + 4, "U.K."));
    }
    assertThat(t.tokens()).extracting(Token::text).containsSubsequence("U.K", ".", "publisher");

    List<String> terms = KeywordExtractor.withLimit(10).extract(null, t,
        List.of(new Entity(EntityType.COUNTRY, "United Kingdom", "GB", 0.5, found))).stream()
        .map(Keyword::term).toList();

    // the mention is two tokens, "U.K" and ".", with nothing between them in the body
    assertThat(terms).contains("u.k. publisher", "united kingdom")
        .noneSatisfy(term -> assertThat(term).contains(" ."));
  }
}
