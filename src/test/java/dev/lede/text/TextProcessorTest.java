package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import opennlp.tools.langdetect.Language;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class TextProcessorTest {

  private static TextProcessor processor;

  /**
   * One processor per JVM: loading the five models takes seconds, and PIT runs every test method
   * on its own, class set-up included (a mutation run of this package did not finish in an hour).
   */
  private static final class Loaded {
    static final TextProcessor PROCESSOR = TextProcessor.load();
  }

  @BeforeAll
  static void load() {
    processor = Loaded.PROCESSOR;
  }

  /**
   * Empties the shared processor's caches, so that every test runs the lemmatizer and the
   * tokenizer model on a miss and never sees what another test (or, under PIT, another mutant)
   * put there.
   */
  @BeforeEach
  void emptyCaches() {
    processor.invalidateCaches();
  }

  @Test
  void load_fromTheClasspath_givesProcessorThatAnalysesLikeTheShared() {
    String body = "The ministers were meeting in Minsk on Monday. Talks went on.";
    AnalyzedText fresh = TextProcessor.load().process(body);
    AnalyzedText shared = processor.process(body);

    assertThat(fresh.tokens()).isEqualTo(shared.tokens()).hasSize(13);
    assertThat(fresh.sentences()).isEqualTo(shared.sentences()).hasSize(2);
    assertThat(fresh.language()).isEqualTo("en");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = TextProcessorTest.class.getResourceAsStream("/articles/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Every sentence and token is the text at its offsets; sentences and tokens come in text order,
   * never overlap, and every token lies inside one sentence.
   */
  static void assertOffsetsExact(AnalyzedText t) {
    int previousEnd = 0;
    for (Sentence s : t.sentences()) {
      assertThat(s.start()).as("sentence %s after the previous one", s.text())
          .isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).isGreaterThan(s.start());
      previousEnd = s.end();
    }
    previousEnd = 0;
    int inSentences = 0;
    for (Token tok : t.tokens()) {
      assertThat(tok.start()).as("token %s at %d after the previous one", tok.text(), tok.start())
          .isGreaterThanOrEqualTo(previousEnd);
      assertThat(tok.end()).isGreaterThan(tok.start());
      previousEnd = tok.end();
    }
    for (Sentence s : t.sentences()) {
      inSentences += t.tokensOf(s).size();
      assertThat(t.body().substring(s.start(), s.end())).isEqualTo(s.text());
      for (Token tok : t.tokensOf(s)) {
        assertThat(tok.start()).isGreaterThanOrEqualTo(s.start());
        assertThat(tok.end()).isLessThanOrEqualTo(s.end());
      }
    }
    assertThat(inSentences).as("every token in exactly one sentence").isEqualTo(t.tokens().size());
    for (Token tok : t.tokens()) {
      assertThat(t.body().substring(tok.start(), tok.end())).isEqualTo(tok.text());
    }
  }

  @Test
  void process_article_sentencesTokensAndCounts() throws IOException {
    AnalyzedText t = processor.process(resource("harbour-ferry.txt"));

    assertThat(t.paragraphCount()).isEqualTo(4);
    assertThat(t.sentences()).extracting(Sentence::text)
        .contains("Island residents have waited more than a decade for a faster link.");
    assertThat(t.language()).isEqualTo("en");
    assertThat(t.wordCount()).isEqualTo(146); // as wc -w counts the file
    assertThat(t.cjkCharCount()).isZero();
    assertThat(t.sentences()).hasSize(8);
    assertOffsetsExact(t);
  }

  @Test
  void process_twoSentences_exactOffsets() {
    AnalyzedText t = processor.process("Ferries ran late. The pier, too, closed!\n\nNew day.");

    assertThat(t.sentences()).extracting(Sentence::start, Sentence::end)
        .containsExactly(tuple(0, 17), tuple(18, 40), tuple(42, 50));
    assertThat(t.tokens()).extracting(Token::text).containsExactly(
        "Ferries", "ran", "late", ".", "The", "pier", ",", "too", ",", "closed", "!",
        "New", "day", ".");
    assertThat(t.tokens()).extracting(Token::start).containsExactly(
        0, 8, 12, 16, 18, 22, 26, 28, 31, 33, 39, 42, 46, 49);
    assertThat(t.wordCount()).isEqualTo(9);
    assertThat(t.paragraphCount()).isEqualTo(2);
    assertOffsetsExact(t);
  }

  @Test
  void process_cjkOutsideTheBasicPlane_splitByCodePointNotByUtf16Unit() {
    // U+20BB7 (a variant of 吉) is two UTF-16 units: one token, never two halves of a pair.
    String body = "\uD842\uDFB7野家で食べた。";
    AnalyzedText t = processor.process(body);

    assertThat(t.tokens()).extracting(Token::text).containsExactly(
        "\uD842\uDFB7", "野", "家", "で", "食", "べ", "た", "。");
    assertThat(t.tokens()).extracting(Token::start).containsExactly(0, 2, 3, 4, 5, 6, 7, 8);
    assertThat(t.cjkCharCount()).isEqualTo(7);
    assertThat(t.wordCount()).isZero();
    assertOffsetsExact(t);
  }

  @Test
  void process_latinWordsBetweenCjk_stayWhole() {
    AnalyzedText t = processor.process("東京でAppleの新製品。");

    assertThat(t.tokens()).extracting(Token::text).containsExactly(
        "東", "京", "で", "Apple", "の", "新", "製", "品", "。");
    assertThat(t.wordCount()).isEqualTo(1);
    assertThat(t.cjkCharCount()).isEqualTo(7);
    assertOffsetsExact(t);
  }

  @Test
  void process_posAndLemmas() {
    AnalyzedText t = processor.process("The ministers were meeting in Minsk on Monday.");

    assertThat(t.tokens()).extracting(Token::text)
        .containsExactly("The", "ministers", "were", "meeting", "in", "Minsk", "on", "Monday", ".");
    assertThat(t.tokens().get(1).lemma()).isEqualTo("minister");
    assertThat(t.tokens().get(2).lemma()).isEqualTo("be");
    assertThat(t.tokens().get(5).pos()).isEqualTo("PROPN");
    assertThat(t.tokens().get(5).lemma()).isEqualTo("Minsk");
  }

  @Test
  void process_curlyPossessive_tokenizedLikeStraightOne() {
    AnalyzedText curly = processor.process("President Lukashenko\u2019s decision was final.");
    AnalyzedText straight = processor.process("President Lukashenko's decision was final.");

    assertThat(curly.tokens()).extracting(t -> t.text().replace('\u2019', '\''))
        .containsExactlyElementsOf(straight.tokens().stream().map(Token::text).toList());
    assertThat(curly.tokens()).extracting(Token::pos)
        .containsExactlyElementsOf(straight.tokens().stream().map(Token::pos).toList());
    assertThat(curly.tokens()).extracting(Token::text).doesNotContain("Lukashenk");
  }

  @Test
  void process_sentencesNeverCrossParagraphs() {
    String body = "A heading without a full stop\n\nThe first sentence follows. A second one too.";
    AnalyzedText t = processor.process(body);

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "A heading without a full stop", "The first sentence follows.", "A second one too.");
  }

  @Test
  void process_oneParagraphPerLine_sentencesNeverCrossALine() {
    String para = "Lando Norris held off a charging Max Verstappen on Sunday to win in front of"
        + " a record crowd, his third win of the season.";
    String body = "Norris Holds Off Verstappen to Win at Silverstone\r\n" + para
        + "\nSubhead Here\n" + para;
    AnalyzedText t = processor.process(body);

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "Norris Holds Off Verstappen to Win at Silverstone", para, "Subhead Here", para);
    assertThat(t.paragraphCount()).isEqualTo(1); // still one paragraph: no blank line
  }

  @Test
  void process_hardWrappedParagraph_sentencesMayCrossALine() {
    // every line within WRAP_WIDTH: a wrapped paragraph, whose breaks fall anywhere
    String line = "x".repeat(TextProcessor.WRAP_WIDTH - 40);
    String body = "The talks were led by Alexander\nLukashenko and lasted three hours, " + line
        + "\nand ended late.";
    AnalyzedText t = processor.process(body);

    assertThat(t.sentences()).hasSize(1);
    assertThat(t.sentences().get(0).text()).contains("Alexander\nLukashenko");
  }

  @Test
  void process_headingAboveShortLines_isASentenceOfItsOwn() {
    String body = "Norris Holds Off Verstappen to Win at Silverstone\nLando Norris held off"
        + " Max Verstappen\non Sunday.";
    AnalyzedText t = processor.process(body);

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "Norris Holds Off Verstappen to Win at Silverstone",
        "Lando Norris held off Max Verstappen\non Sunday.");
  }

  @Test
  void blocks_capitalisedLineThatGoesOnWithASentence_isNoHeading() {
    String wrapped = "Aid was sent by the European\nUnion and the World Health\nOrganization to"
        + " New\nYork and South\nKorea.";
    String subhead = "The talks ended.\nWhat Comes Next\nThe delegates left.";

    assertThat(TextProcessor.blocks(wrapped, 0)).containsExactly(
        new int[] {0, wrapped.length()});
    assertThat(TextProcessor.blocks(subhead, 0)).containsExactly(new int[] {0, 32},
        new int[] {33, subhead.length()});
  }

  @ParameterizedTest
  @ValueSource(strings = {"Norris Holds Off Verstappen to Win at Silverstone",
      "WHAT HAPPENS NEXT", "Brexit Talks", "Fire Tears Through Salford Tower Block  ",
      "What Comes Next for the Fed"})
  void isHeading_capitalisedWordsWithoutClosingPunctuation_isAHeading(String line) {
    assertThat(TextProcessor.isHeading(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"The talks were led by Alexander", "Talks With Russia Resume.",
      "Why Talks Failed?", "Minsk", "At the UN", "Norris Holds Off Verstappen,", "   ",
      "He Said \"Never Again\""})
  void isHeading_proseOrClosingPunctuationOrOneWord_isNoHeading(String line) {
    assertThat(TextProcessor.isHeading(line)).isFalse();
  }

  @Test
  void blocks_lineLongerThanTheWrapWidth_eachLineABlock() {
    String wrapped = "a".repeat(TextProcessor.WRAP_WIDTH) + "\nb";
    String unwrapped = "a".repeat(TextProcessor.WRAP_WIDTH + 1) + "\r\nb";

    assertThat(TextProcessor.blocks(wrapped, 5)).containsExactly(new int[] {5, 107});
    assertThat(TextProcessor.blocks("Some Heading Line\nthen text\nand more", 2))
        .containsExactly(new int[] {2, 19}, new int[] {20, 38});
    assertThat(TextProcessor.blocks(unwrapped, 5))
        .containsExactly(new int[] {5, 106}, new int[] {108, 109});
    assertThat(TextProcessor.blocks("one line only, however long it is" + "c".repeat(200), 0))
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kyiv", "Lviv", "Kharkiv", "Kiev", "Minsk"})
  void process_placeAtSentenceEnd_losesTheFullStop(String place) {
    AnalyzedText t = processor.process("The delegation arrived in " + place + ". Talks began.");

    assertThat(t.tokens()).extracting(Token::text).containsSubsequence(place, ".", "Talks");
    assertOffsetsExact(t);
  }

  @Test
  void process_abbreviationAtSentenceEnd_keepsTheFullStop() {
    AnalyzedText t = processor.process("She now works for Halvard Tools Inc. The shares rose.");

    assertThat(t.tokens()).extracting(Token::text).contains("Inc.");
    assertOffsetsExact(t);
  }

  @Test
  void process_dottedAbbreviationAtSentenceEnd_keepsTheFullStop() {
    assertThat(processor.process("She moved to the U.S.").tokens()).extracting(Token::text)
        .containsExactly("She", "moved", "to", "the", "U.S.");
    assertThat(processor.process("He holds a Ph.D.").tokens()).extracting(Token::text)
        .containsExactly("He", "holds", "a", "Ph.D.");
  }

  @Test
  void process_webAddressAtSentenceEnd_losesTheFullStop() {
    // Dotted, but not like an abbreviation: the tokenizer model keeps the full stop on, and it
    // ends the sentence, not the address.
    AnalyzedText t = processor.process("The rules are posted at example.gov.");
    AnalyzedText leading = processor.process("Its address ends in .gov.");

    assertThat(t.tokens()).extracting(Token::text, Token::start, Token::end).endsWith(
        tuple("at", 21, 23), tuple("example.gov", 24, 35), tuple(".", 35, 36));
    assertThat(leading.tokens()).extracting(Token::text)
        .containsExactly("Its", "address", "ends", "in", ".gov", ".");
    assertOffsetsExact(leading);
  }

  @Test
  void process_middleAndLeadingInitials_doNotEndASentence() {
    AnalyzedText t = processor.process("The airport was renamed after Harold J. Brennan last year."
        + " Its manager, P. Dorothy Walsh, agreed. The plan was called Plan B. The rest failed.");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "The airport was renamed after Harold J. Brennan last year.",
        "Its manager, P. Dorothy Walsh, agreed.", "The plan was called Plan B.",
        "The rest failed.");
    assertThat(t.tokens()).extracting(Token::text).contains("J.", "P.");
    assertOffsetsExact(t);
  }

  @Test
  void process_awkwardCharacters_offsetsStayExact() {
    String body = "Prices rose 3.5% on\u00a0Monday,\r\nanalysts said \uD83D\uDE00 today.\r\n\r\n"
        + "\u05E9\u05DC\u05D5\u05DD said the \u202Bdelegate\u202C. Lone \uD800 surrogate and "
        + "\uDC00 another.\t\u200B Zero width.";
    AnalyzedText t = processor.process(body);

    assertThat(t.paragraphCount()).isEqualTo(2);
    assertThat(t.tokens()).isNotEmpty();
    assertOffsetsExact(t);
  }

  @Test
  void process_cjk_splitsSentencesAndCharacters() throws IOException {
    AnalyzedText t = processor.process(resource("cjk-market.txt"));

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "市場の朝は早い。", "魚を売る人たちは午前四時に集まり、その日の値段を決める。", "観光客が来るのは八時ごろだ。");
    assertThat(t.cjkCharCount()).isEqualTo(46);
    assertThat(t.wordCount()).isZero();
    assertThat(t.tokens()).allSatisfy(tok -> assertThat(tok.text().codePointCount(
        0, tok.text().length())).isEqualTo(1));
    assertOffsetsExact(t);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n", " \t\r\n ", "\u00a0"})
  void process_blank_isEmpty(String body) {
    AnalyzedText t = processor.process(body);

    assertThat(t.sentences()).isEmpty();
    assertThat(t.tokens()).isEmpty();
    assertThat(t.wordCount()).isZero();
    assertThat(t.paragraphCount()).isZero();
    assertThat(t.language()).isEqualTo("und");
  }

  @Test
  void process_null_throwsNamingParameter() {
    assertThatThrownBy(() -> processor.process(null))
        .isInstanceOf(NullPointerException.class).hasMessage("body");
  }

  @Test
  void language_otherLanguagesAndShortText() {
    assertThat(processor.language("Die Regierung hat am Montag neue Regeln für den Bahnverkehr "
        + "beschlossen, die im kommenden Jahr in Kraft treten sollen.")).isEqualTo("de");
    assertThat(processor.language("Le gouvernement a présenté mardi un projet de loi sur le "
        + "logement qui sera débattu au printemps.")).isEqualTo("fr");
    assertThat(processor.language("Hello there.")).isEqualTo("und");
  }

  @Test
  void process_binaryJunk_doesNotCrash() {
    StringBuilder junk = new StringBuilder();
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 5_000; i++) {
      junk.append((char) random.nextInt(0x10000));
    }
    AnalyzedText t = processor.process(junk.toString());

    assertOffsetsExact(t);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hello world from Paris. Emmanuel Macron met Olaf Scholz.",
      "Angela Merkel, Emmanuel Macron and Giorgia Meloni signed the deal."})
  void language_shortEnglishFullOfNames_isEnglish(String text) {
    // the detector alone ranks Waray first, English a close second
    assertThat(processor.language(text)).isEqualTo("en");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "it|Il presidente ha incontrato il cancelliere a Berlino martedì.",
      "es|El presidente se reunió con el canciller en Berlín el martes.",
      "nb|Statsministeren møtte presidenten i Berlin tirsdag ettermiddag."})
  void language_shortTextInAnotherLanguage_keepsIt(String code, String text) {
    // Italian has English second, far behind; the others do not have English second
    assertThat(processor.language(text)).isEqualTo(code);
  }

  @Test
  void language_currentIsoCodesNotWithdrawnOnes() {
    // the JDK still lists "in" and "iw" for Indonesian and Hebrew
    assertThat(processor.language("Presiden bertemu kanselir di Berlin pada hari Selasa."))
        .isEqualTo("id");
    assertThat(processor.language(
        "הממשלה הודיעה ביום שני כי הגשר החדש ייפתח לתנועה בשבוע הבא לאחר עבודות תיקון ארוכות."))
        .isEqualTo("he");
  }

  @Test
  void mostLikely_englishWithinThePriorWinsElseTheBest() {
    Language[] close = {new Language("war", 0.029), new Language("eng", 0.027),
        new Language("nld", 0.025)};
    Language[] far = {new Language("ita", 0.042), new Language("eng", 0.026)};
    Language[] absent = {new Language("ind", 0.030), new Language("msa", 0.029)};

    assertThat(TextProcessor.mostLikely(close)).isEqualTo("eng");
    assertThat(TextProcessor.mostLikely(far)).isEqualTo("ita");
    assertThat(TextProcessor.mostLikely(absent)).isEqualTo("ind");
    assertThat(TextProcessor.mostLikely(new Language[] {new Language("eng", 0.06),
        new Language("war", 0.02)})).isEqualTo("eng");
  }

  @Test
  void language_fortyLettersAreEnoughThirtyNineAreNot() {
    String forty = "The ferry left the harbours at nine this morning.";
    String thirtyNine = "The ferry left the harbour at nine this morning.";
    assertThat(forty.codePoints().filter(Character::isLetter).count()).isEqualTo(40);
    assertThat(processor.language(forty)).isEqualTo("en");
    assertThat(processor.language(thirtyNine)).isEqualTo("und");
  }

  @Test
  void language_cjkScriptsMapToTwoLetterCodes() {
    assertThat(processor.language("市长周二上午宣布新桥正式通车，居民排队过桥。新桥连接两岸，每天预计有三万辆汽车"
        + "通过。市政府表示，新桥将大大缩短通勤时间。")).isEqualTo("zh");
    assertThat(processor.language("市場の朝は早い。魚を売る人たちは午前四時に集まり、その日の値段を決める。観光客が"
        + "来るのは八時ごろだ。")).isEqualTo("ja");
    assertThat(processor.language("서울시는 화요일 아침 새 다리를 개통했다고 밝혔다. 주민들은 다리를 건너기 위해 줄을 "
        + "섰다. 새 다리는 두 지역을 연결한다.")).isEqualTo("ko");
  }

  @Test
  void language_readsOnlyTheFirstFourThousandChars() {
    String german = "Die Regierung hat am Montag neue Regeln für den Bahnverkehr beschlossen, die "
        + "im kommenden Jahr in Kraft treten sollen. ";
    String english = "The government adopted new rules for rail traffic on Monday, which will "
        + "come into force next year. ";
    String start = german.repeat(40).substring(0, TextProcessor.LANGUAGE_SAMPLE_CHARS);
    assertThat(processor.language(start + english.repeat(200))).isEqualTo("de");
    assertThat(processor.language(english.repeat(200))).isEqualTo("en");
  }

  @Test
  void process_cjkTokens_taggedOtherAndPunctuation() {
    AnalyzedText t = processor.process("東京で、Apple。");

    assertThat(t.tokens()).extracting(Token::text, Token::pos, Token::lemma).containsExactly(
        tuple("東", "X", "東"), tuple("京", "X", "京"), tuple("で", "X", "で"),
        tuple("、", "PUNCT", "、"), tuple("Apple", "PROPN", "Apple"), tuple("。", "PUNCT", "。"));
  }

  @Test
  void process_lemmas_ofUnknownWordsAndProperNouns() {
    AnalyzedText t = processor.process("The xylophonicity of grumbleweeds rose 42 percent.");

    assertThat(t.tokens()).extracting(Token::lemma).containsExactly(
        "the", "xylophonicity", "of", "grumbleweed", "rise", "42", "percent", ".");
    assertThat(processor.process("George W. Bush met the Ministers.").tokens())
        .extracting(Token::text, Token::lemma).startsWith(
            tuple("George", "George"), tuple("W.", "W."), tuple("Bush", "Bush"));
  }

  @Test
  void process_wordTheLemmatizerGivesNoLemma_isItsOwnLemmaInLowerCase() {
    // For "r" tagged X the lemmatizer's edit script deletes every letter: no lemma ("_").
    Token r = processor.process("Fans shouted r u ok.").tokens().get(2);

    assertThat(r).extracting(Token::text, Token::pos, Token::lemma)
        .containsExactly("r", "X", "r");
  }

  @Test
  void process_fullwidthLatinName_isTaggedByTheEnglishTagger() {
    // Above U+2E80, but neither CJK nor CJK punctuation: not forced to "X" or "PUNCT"; read, and
    // lemmatised, as the ASCII letters it folds to.
    AnalyzedText t = processor.process("\uff34\uff4f\uff4b\uff59\uff4f hosted the talks.");

    assertThat(t.tokens()).extracting(Token::text, Token::pos, Token::lemma).containsExactly(
        tuple("\uff34\uff4f\uff4b\uff59\uff4f", "PROPN", "Tokyo"),
        tuple("hosted", "VERB", "host"), tuple("the", "DET", "the"),
        tuple("talks", "NOUN", "talk"), tuple(".", "PUNCT", "."));
  }

  @Test
  void process_sentenceEdges_leaveOutSpacesAroundIt() {
    AnalyzedText t = processor.process("  Spaced out.  \n\n  Again here.  ");

    assertThat(t.sentences()).extracting(Sentence::text, Sentence::start, Sentence::end,
        Sentence::firstToken, Sentence::tokenCount).containsExactly(
            tuple("Spaced out.", 2, 13, 0, 3), tuple("Again here.", 19, 30, 3, 3));
    assertThat(t.paragraphCount()).isEqualTo(2);
  }

  @Test
  void process_initials_joinedOnlyBeforeANameInsideASentence() {
    AnalyzedText t = processor.process("He met George W. Bush. He left. It was signed by J. Brennan"
        + "\n\nIt was signed by Brennan and J.");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "He met George W. Bush.", "He left.", "It was signed by J. Brennan",
        "It was signed by Brennan and J.");
    assertThat(t.tokens()).extracting(Token::text).containsSubsequence(
        "George", "W.", "Bush", ".", "He", "left", ".", "by", "J.", "Brennan", "and", "J.");
    assertOffsetsExact(t);
  }

  @ParameterizedTest
  @ValueSource(strings = {"J.D. Okafor", "C.S. Nowak", "W.E.B. Du Okafor", "A. J. Okafor"})
  void process_dottedInitialsBeforeAName_endNoSentence(String name) {
    AnalyzedText t = processor.process("The mayor met " + name + " on Monday. They left.");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "The mayor met " + name + " on Monday.", "They left.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Darnell T . Okafor", "R . J . Okafor", "St . Louis", "Gen . Okafor"})
  void process_initialsWhoseFullStopsATokeniserSetApart_endNoSentence(String name) {
    AnalyzedText t = processor.process("The mayor met " + name + " on Monday . They left .");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "The mayor met " + name + " on Monday .", "They left .");
  }

  @ParameterizedTest
  @CsvSource({"U.S., false", "U.K., false", "U.N., false", "D.C., false", "J.D., true",
      "W.E.B., true", "W., true", "U.S ., false", "W ., true", "J . D ., true"})
  void joinInitials_onlyInitialsNotAbbreviationsOfPlacesJoinTheNextSentence(String before,
      boolean joined) {
    String text = "The envoy met " + before + " Okafor there.";
    int cut = text.indexOf(" Okafor") + 1;
    Span[] spans = {new Span(0, cut - 1), new Span(cut, text.length())};

    assertThat(SentenceJoins.joinInitials(text, spans)).hasSize(joined ? 1 : 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Co.", "Corp.", "Inc.", "Ltd.", "Bros."})
  void process_companySuffixInsideASentence_keepsItsFullStop(String suffix) {
    AnalyzedText t = processor.process("Shares of Okafor " + suffix + " rose on Monday.");

    assertThat(t.tokens()).extracting(Token::text).containsSubsequence("Okafor", suffix, "rose");
  }

  @Test
  void process_hyphenBetweenLettersOrDigits_staysInsideTheWord() {
    AnalyzedText t = processor.process("Ocasio-Cortez, a well-known 32-year-old, backed the"
        + " Kremlin-backed plan and the U.S.-led talks in Guinea-Bissau -- twice - in 2020-2021.");

    assertThat(t.tokens()).extracting(Token::text).contains("Ocasio-Cortez", "well-known",
        "32-year-old", "Kremlin-backed", "Guinea-Bissau", "2020-2021")
        .containsSubsequence("U.S.", "-", "led")
        .doesNotContain("-Cortez", "Kremlin-", "32-");
    assertOffsetsExact(t);
  }

  @ParameterizedTest
  @ValueSource(strings = {"St. Louis", "Mt. Kenya", "Gen. Okafor", "Sen. Okafor", "Gov. Okafor",
      "Lt. Okafor", "Col. Okafor", "Capt. Okafor", "Sgt. Okafor", "Rev. Okafor", "Prof. Okafor",
      "Rep. Okafor", "Mrs. Okafor", "Hon. Okafor", "Rt. Hon. Ada Okafor"})
  void process_titleAbbreviationBeforeAName_endsNoSentence(String name) {
    AnalyzedText t = processor.process("The mayor met " + name + " on Monday in the town hall. "
        + "They left.");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "The mayor met " + name + " on Monday in the town hall.", "They left.");
    assertThat(t.tokens()).extracting(Token::text).contains(name.substring(0, name.indexOf(' ')));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme Corp. said", "Acme Ltd. said", "Okafor Jr. said", "on Jan. 5 the",
      "at No. 10 the", "Okafor vs. Nowak said", "at 5 p.m. on Friday the", "at 9 a.m. the",
      "that cuts, e.g. on fuel, the", "roads, bridges etc. and the", "(i.e. the"})
  void process_suffixAbbreviationBeforeLowercaseOrFigures_endsNoSentence(String words) {
    AnalyzedText t = processor.process("The mayor said " + words + " board met on Monday. "
        + "They left.");

    assertThat(t.sentences()).extracting(Sentence::text).containsExactly(
        "The mayor said " + words + " board met on Monday.", "They left.");
  }

  @Test
  void process_initialAfterABracketOrQuote_staysOneToken() {
    AnalyzedText t = processor.process("The novel (F. Scott Fitzgerald wrote it) and \"F. Lopes\" "
        + "sold well.");

    assertThat(t.sentences()).hasSize(1);
    assertThat(t.tokens()).extracting(Token::text).containsSubsequence(
        "(", "F.", "Scott", "Fitzgerald", "\"", "F.", "Lopes");
    assertOffsetsExact(t);
  }
}
