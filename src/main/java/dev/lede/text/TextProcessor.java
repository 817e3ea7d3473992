package dev.lede.text;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.lede.internal.WordMemo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits a body into paragraphs, sentences and tokens, and tags each token with its part of speech
 * and lemma, using the OpenNLP English models (Universal Dependencies, trained on the English Web
 * Treebank) loaded once from the classpath.
 *
 * <p>Thread-safe: one instance may be shared by any number of threads.
 */
public final class TextProcessor {

  /** Sentence model, from {@code org.apache.opennlp:opennlp-models-sentdetect-en:1.3.0}. */
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  /** Tokenizer model, from {@code org.apache.opennlp:opennlp-models-tokenizer-en:1.3.0}. */
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  /** POS model, from {@code org.apache.opennlp:opennlp-models-pos-en:1.3.0}. */
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** Lemmatizer model, from {@code org.apache.opennlp:opennlp-models-lemmatizer-en:1.3.0}. */
  static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  /** Language detector (103 languages), from {@code opennlp-models-langdetect:1.3.0}. */
  static final String LANGUAGE_MODEL = "/langdetect-183.bin";

  /** Below this many letters the language is reported as {@code "und"}. */
  public static final int MIN_LANGUAGE_LETTERS = 40;
  /**
   * Language detection reads at most this many chars: on 2,116 texts (news pages, Reuters, web
   * text; 14 languages detected) 1,500 or 2,000 chars gave the same answer as 4,000, in 64% of
   * the time; on 21,678 bodies (every Reuters-21578 document, 60 HTML pages, 40 GMB documents;
   * 14 languages) 1,500 gave the same answer as 2,000, 1,000 a different one on two pages.
   */
  static final int LANGUAGE_SAMPLE_CHARS = 1_500;
  /**
   * How much likelier English is than the detector says: Lede reads English news, and on a short
   * English text full of names the detector's scores are nearly flat (Waray 0.029, English 0.027).
   */
  static final double ENGLISH_PRIOR = 1.25;
  private static final String ENGLISH = "eng";
  private static final String ENGLISH_ISO2 = "en";
  private static final String UNDETERMINED = "und";
  /**
   * Lemmas are cached by word, with one lemma per tag the word was seen with: the statistical
   * lemmatizer runs ~8,000 tokens/s, far below the pipeline's target, while news vocabulary
   * repeats heavily. The cache is emptied when it holds this many words.
   */
  static final int LEMMA_CACHE_SIZE = 200_000;
  /**
   * How the tokenizer model split a whitespace-delimited word is cached by the word: the model
   * decides each split from that word's characters alone, so the cache gives exactly the model's
   * answer, and it evaluated a maximum-entropy model at every character of every word. The cache
   * is emptied when it holds this many words.
   */
  static final int SPLIT_CACHE_SIZE = 200_000;
  /**
   * Cache size of the POS tagger's context generator: the beam width OpenNLP's tagger would pass.
   * Tags are decoded greedily ({@link GreedyPosTagger}), as a beam of 1 does: OpenNLP's default
   * beam of 3 gave the same tag to all 25,141 tokens of UNER English-EWT dev, 2-2.8x slower.
   */
  static final int POS_BEAM_SIZE = 1;
  /**
   * Beam width of the lemmatizer's search: words are lemmatized one at a time, and over a single
   * word every beam width gives the same best lemma.
   */
  static final int LEMMA_BEAM_SIZE = 1;
  /**
   * Longest line of hard-wrapped text: 100 chars (e-mail wraps at 72 to 78, plain-text files at
   * 80). A paragraph with a longer line is written one paragraph or heading per line, and its
   * line breaks end sentences ("... Win at Silverstone" above "Lando Norris held off ..."); in a
   * hard-wrapped one a line break may fall inside a sentence, or a name ("Alexander\nLukashenko").
   */
  static final int WRAP_WIDTH = 100;
  /**
   * Longest whitespace-delimited word that the tokenizer model splits; a longer one (a run of
   * dots, a data blob) is one token, since the model's features of each char hold the word's
   * prefix and suffix, which makes its time grow with the square of the word's length.
   */
  static final int MAX_SPLIT_WORD = 256;
  /** Fewest capitalised words of four letters or more in a heading line ({@link #isHeading}). */
  static final int HEADING_WORDS = 2;
  private static final String LEMMA_MAXENT_ARTIFACT = "lemmatizer.model";

  /*
   * A paragraph runs from a visible character to the last one before a blank line (two line
   * breaks with only spaces between) or the end. Whitespace includes Unicode spaces (no-break and
   * zero-width space), which text copied from the web is full of. No repeated group: Java's regex
   * engine recurses once per repetition of a group, so a group under * overflowed the stack on a
   * run of about 1,500 spaces or blank lines; repeated character classes loop.
   */
  private static final String SPACE = "[\\s\\p{Z}\\u200B\\uFEFF&&[^\\n\\r\\u0085\\u2028\\u2029]]";
  // Atomic, so that CRLF is one line break and never two.
  private static final String BREAK = "(?>\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])";
  private static final String VISIBLE = "[^\\s\\p{Z}\\u200B\\uFEFF\\u0085\\u2028\\u2029]";
  private static final String ANY_SPACE = "[\\s\\p{Z}\\u200B\\uFEFF\\u0085]";
  private static final Pattern PARAGRAPH = Pattern.compile(
      VISIBLE + "(?:.*?" + VISIBLE + ")??(?=" + SPACE + "*+" + BREAK + SPACE + "*+" + BREAK
          + "|" + ANY_SPACE + "*+\\z)",
      Pattern.DOTALL);
  /** A line of a paragraph, without its line break (which may be CRLF). */
  private static final Pattern LINE = Pattern.compile("[^\\n\\r\\u0085\\u2028\\u2029]+");
  /**
   * Chars that separate words as a space does but that Java's and OpenNLP's whitespace tests do
   * not know: the zero-width space, the byte-order mark and NEL (U+0085), which the paragraph
   * patterns already count as space or line break. Inside a token they hid the word from the
   * models ("Nigeria" + U+200B was no country).
   */
  private static final String INVISIBLE_SPACES = "\u200B\uFEFF\u0085";
  /**
   * A run of characters between spaces; {@link #countWords} counts those with a letter or digit.
   * Matching the letter in the pattern would rescan a letterless run from each of its characters
   * (a 40,000-dot line took 20 s).
   */
  private static final Pattern WORD = Pattern.compile("[^\\s\\p{Z}" + INVISIBLE_SPACES + "]++");
  private static final String CURLY_APOSTROPHES = "\u2019\u2018\u02BC\u2032";

  private static final String CJK_PUNCTUATION = "。！？、，；：「」『』（）《》〈〉【】・";
  private static final Pattern CJK_SENTENCE_END = Pattern.compile("[。！？]+[」』）]?");

  private final ThreadSafeSentenceDetectorME sentenceDetector;
  private final ThreadSafeTokenizerME tokenizer;
  private final GreedyPosTagger posTagger;
  private final ThreadSafeLemmatizerME lemmatizer;
  /**
   * The language detector's model, read on first use: {@link PlainEnglish} answers for most news
   * bodies without it, and reading it is about a fifth of the analyzer's start-up. Guava's
   * memoizing supplier reads it once, whichever thread asks first.
   */
  private final Supplier<LanguageDetectorModel> languageModel =
      Suppliers.memoize(() -> load(LANGUAGE_MODEL, LanguageDetectorModel::new));
  /**
   * Tags and lemmas of each word as pairs (tag, lemma, tag, lemma...). Plain concurrent maps
   * rather than Caffeine's: a lookup per token, and a cleared map costs only recomputing.
   */
  private final WordMemo<String[]> lemmaCache = new WordMemo<>(LEMMA_CACHE_SIZE);
  private final WordMemo<int[]> splitCache = new WordMemo<>(SPLIT_CACHE_SIZE, this::splitWord);

  private TextProcessor(
      SentenceModel sentences,
      TokenizerModel tokens,
      POSModel pos,
      LemmatizerModel lemmas) {
    this.sentenceDetector = new ThreadSafeSentenceDetectorME(sentences);
    this.tokenizer = new ThreadSafeTokenizerME(tokens);
    this.posTagger = new GreedyPosTagger(pos, POS_BEAM_SIZE);
    this.lemmatizer = new ThreadSafeLemmatizerME(narrowBeam(lemmas));
  }

  /** Empties the lemma and word-split caches; for tests that must see the models run. */
  void invalidateCaches() {
    lemmaCache.clear();
    splitCache.clear();
  }

  /** The same lemmatizer model searched with a beam of {@link #LEMMA_BEAM_SIZE}. */
  private static LemmatizerModel narrowBeam(LemmatizerModel lemmas) {
    Object maxent = lemmas.getArtifact(LEMMA_MAXENT_ARTIFACT);
    return maxent instanceof MaxentModel m ? new LemmatizerModel(lemmas.getLanguage(), m,
        LEMMA_BEAM_SIZE, null, lemmas.getFactory()) : lemmas;
  }

  /**
   * Loads the OpenNLP English models from the classpath. Call once and share the result. The
   * language detector's model is read later, once, by the first call of {@link #language} that
   * needs it (a text of under 50 words, or one not plainly English).
   *
   * @return a processor
   * @throws UncheckedIOException if a model is missing from the classpath or cannot be read
   */
  public static TextProcessor load() {
    return new TextProcessor(
        load(SENTENCE_MODEL, SentenceModel::new),
        load(TOKEN_MODEL, TokenizerModel::new),
        load(POS_MODEL, POSModel::new),
        load(LEMMA_MODEL, LemmatizerModel::new));
  }

  /**
   * Analyses a body: paragraphs, sentences, tokens with POS tags and lemmas, word count, language.
   * Sentences never cross a paragraph break (a blank line), nor a line break where the text is
   * not hard-wrapped ({@link #WRAP_WIDTH}). The models are English: in a body of another
   * language ({@link #language}: neither {@code "en"} nor {@code "und"}) each token's lemma is
   * its text in lower case, and its POS tag is the English tagger's guess.
   *
   * @param body the text; every offset in the result indexes into it
   * @return the analysed text; empty lists and zero counts for a blank body
   * @throws NullPointerException if {@code body} is null
   */
  public AnalyzedText process(String body) {
    requireNonNull(body, "body");
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    String language = language(body);
    // the English lemmatizer makes junk of other languages ("el" was
    // "elrcastagnola@enron_development", "den" "d", "criticó" "critic"): their words are their
    // own lemmas; "und" (too short to tell) is read as English, Lede's language
    boolean lemmatize = ENGLISH_ISO2.equals(language) || UNDETERMINED.equals(language);
    int paragraphs = 0;
    Matcher paragraph = PARAGRAPH.matcher(body);
    while (paragraph.find()) {
      paragraphs++;
      String whole = paragraph.group();
      for (int[] block : blocks(whole, paragraph.start())) {
        // most paragraphs are one block: no second copy of their text
        String text = block[1] - block[0] == whole.length() ? whole
            : body.substring(block[0], block[1]);
        // the model knows no zero-width space, byte-order mark or NEL: shown as spaces, they
        // separate a full stop from the next sentence as a space does
        Span[] detected = sentenceDetector.sentPosDetect(
            CharMatcher.anyOf(INVISIBLE_SPACES).replaceFrom(maskLongWords(text), ' '));
        for (Span s : SentenceJoins.joinInitials(text, detected)) {
          // The English model knows no CJK full stops: split after them ourselves.
          int start = block[0] + s.getStart();
          int end = block[0] + s.getEnd();
          Matcher stop = CJK_SENTENCE_END.matcher(body).region(start, end);
          while (stop.find()) {
            addSentence(body, start, stop.end(), lemmatize, sentences, tokens);
            start = stop.end();
          }
          addSentence(body, start, end, lemmatize, sentences, tokens);
        }
      }
    }
    return new AnalyzedText(body, sentences, tokens, language, countWords(body),
        countCjk(body), paragraphs);
  }

  /**
   * The text with the chars of each word longer than {@link #MAX_SPLIT_WORD} replaced by a
   * letter (same length, so the same offsets): no sentence ends inside such a run, and the
   * sentence model looks from each full stop to the next space, which made a long run of dots
   * take time growing with the square of its length.
   */
  static String maskLongWords(String text) {
    char[] masked = null;
    int runStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        continue;
      }
      if (i - runStart > MAX_SPLIT_WORD) {
        if (masked == null) {
          masked = text.toCharArray();
        }
        java.util.Arrays.fill(masked, runStart, i, 'x');
      }
      runStart = i + 1;
    }
    return masked == null ? text : new String(masked);
  }

  /**
   * The parts of a paragraph that sentences may not cross, as {start, end} in the body: each of
   * its lines when one of them is longer than {@link #WRAP_WIDTH} (no hard-wrapped text, so each
   * line is a paragraph or heading of its own); else the paragraph, cut after each line that
   * reads as a heading ({@link #isHeading}: "Norris Holds Off Verstappen" above "Lando Norris
   * held off ..."). A heading opens the paragraph or follows a heading or a line that ends a
   * sentence: a line that goes on with an unfinished sentence is wrapped prose even when its
   * long words are all capitalised ("Aid was sent by the European" above "Union and the World
   * Health" above "Organization.").
   */
  static List<int[]> blocks(String paragraph, int offset) {
    Matcher line = LINE.matcher(paragraph);
    List<int[]> lines = new ArrayList<>();
    boolean wrapped = true;
    while (line.find()) {
      lines.add(new int[] {line.start(), line.end()});
      wrapped &= line.end() - line.start() <= WRAP_WIDTH;
    }
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      int[] l = lines.get(i);
      boolean opens = start == l[0] || endsSentence(paragraph, lines.get(i - 1));
      if (!wrapped || i == lines.size() - 1
          || opens && isHeading(paragraph.substring(l[0], l[1]))) {
        out.add(new int[] {offset + start, offset + l[1]});
        start = i + 1 < lines.size() ? lines.get(i + 1)[0] : l[1];
      }
    }
    return out;
  }

  /** Whether a line ends as a sentence does: ".", "?", "!", ":", a closing quote or bracket. */
  private static boolean endsSentence(String paragraph, int[] line) {
    int end = line[1];
    while (end > line[0] && Character.isWhitespace(paragraph.charAt(end - 1))) {
      end--;
    }
    return end > line[0] && ".!?:\"”’)]".indexOf(paragraph.charAt(end - 1)) >= 0;
  }

  /**
   * Whether a line reads as a heading rather than a wrapped part of a sentence: no closing
   * punctuation, and at least {@value #HEADING_WORDS} words of four letters or more, every one
   * of them capitalised ("Fire Tears Through Salford Tower Block", "THE VERDICT"), which a line
   * of wrapped prose almost never is ("The talks were led by Alexander").
   */
  static boolean isHeading(String line) {
    String text = line.strip();
    if (text.isEmpty() || ".,;:!?\"”’)".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    int capitalised = 0;
    for (String w : text.split("\\s+")) {
      if (w.codePoints().filter(Character::isLetter).count() >= 4) {
        if (!Character.isUpperCase(w.codePointAt(0))) {
          return false;
        }
        capitalised++;
      }
    }
    return capitalised >= HEADING_WORDS;
  }

  /**
   * Returns the language of a text as an ISO 639-1 code ({@code "en"}), or {@code "und"} when it
   * has fewer than {@link #MIN_LANGUAGE_LETTERS} letters.
   *
   * @param text the text
   * @return the language code
   * @throws NullPointerException if {@code text} is null
   * @throws UncheckedIOException if the language detector's model, read on first use, is missing
   *     from the classpath or cannot be read
   */
  public String language(String text) {
    requireNonNull(text, "text");
    String sample = text.length() > LANGUAGE_SAMPLE_CHARS
        ? text.substring(0, LANGUAGE_SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).count() < MIN_LANGUAGE_LETTERS) {
      return UNDETERMINED;
    }
    if (PlainEnglish.reads(sample)) {
      return ENGLISH_ISO2;
    }
    // LanguageDetectorME is cheap to build and keeps per-call state: one per call is thread-safe.
    String code = mostLikely(new LanguageDetectorME(languageModel.get()).predictLanguages(sample));
    return LanguageCodes.toIso2(code);
  }

  /** The detector's best language, or English if its confidence x ENGLISH_PRIOR is as high. */
  static String mostLikely(Language[] ranked) {
    Language best = ranked[0];
    for (Language l : ranked) {
      if (ENGLISH.equals(l.getLang())) {
        return l.getConfidence() * ENGLISH_PRIOR >= best.getConfidence() ? ENGLISH : best.getLang();
      }
    }
    return best.getLang();
  }

  private void addSentence(String body, int start, int end, boolean lemmatize,
      List<Sentence> sentences, List<Token> tokens) {
    while (start < end && isSpace(body.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(body.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return;
    }
    String text = body.substring(start, end);
    // The model learnt from ASCII quotes and letters: it splits "Lukashenko’s" as "Lukashenk" +
    // "o’s", and kept "ｗｅｌｌ．" whole. Same-length replacements keep every offset, and tokens
    // keep the text as written.
    String ascii = WrittenWords.foldWidth(CharMatcher.anyOf(INVISIBLE_SPACES).replaceFrom(
        CharMatcher.anyOf(CURLY_APOSTROPHES).replaceFrom(text, '\''), ' '));
    Span[] spans = FullStops.splitFinalStop(text,
        FullStops.joinInitialStops(text, splitCjk(text, tokenize(ascii))));
    String[] words = new String[spans.length];
    String[] asciiWords = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = text.substring(spans[i].getStart(), spans[i].getEnd());
      asciiWords[i] = ascii.substring(spans[i].getStart(), spans[i].getEnd());
    }
    // tagged as the models' treebank writes words, each written word given one tag and lemma
    String[] folded = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      folded[i] = WrittenWords.fold(asciiWords[i]);
    }
    WrittenWords.Pieces pieces = WrittenWords.pieces(folded);
    String[] tags = words.length == 0 ? new String[0] : posTagger.tag(pieces.words());
    int first = tokens.size();
    for (int i = 0; i < spans.length; i++) {
      String modelTag = WrittenWords.compoundTag(tags, pieces, i);
      String tag = WrittenWords.tag(modelTag);
      int cp = words[i].codePointAt(0);
      if (cp >= 0x2e80 && (isCjk(cp) || CJK_PUNCTUATION.indexOf(cp) >= 0)) {
        // The English tagger cannot tag CJK: say "other" rather than guess.
        tag = modelTag = isCjk(cp) ? "X" : "PUNCT";
      }
      String lemma = lemmatize ? WrittenWords.lemma(WrittenWords.fold(words[i]), folded[i],
          pieces.headStart()[i], pieces.headEnd()[i], modelTag, this::lemma)
          : words[i].toLowerCase(Locale.ROOT);
      tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(),
          tag, lemma));
    }
    sentences.add(new Sentence(text, start, end, first, spans.length));
  }

  /**
   * Whether a char is space at a sentence's edge: whitespace, a Unicode space (no-break space) or
   * one of {@link #INVISIBLE_SPACES}, as the paragraph patterns count them.
   */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || INVISIBLE_SPACES.indexOf(c) >= 0;
  }

  /**
   * Splits tokens holding CJK characters so that each ideograph, kana or CJK punctuation mark is a
   * token of its own: the English tokenizer would keep a whole unspaced CJK sentence as one token.
   */
  private static Span[] splitCjk(String text, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span s = spans[i];
      boolean cjk = false;
      for (int j = s.getStart(); j < s.getEnd() && !cjk; j++) {
        // Every CJK block and CJK punctuation lies above U+2E80: cheap test first on this hot
        // path. The punctuation too: "Accra。" was one token, a place named with the full stop.
        cjk = text.charAt(j) >= '\u2e80' && (isCjk(text.codePointAt(j))
            || CJK_PUNCTUATION.indexOf(text.charAt(j)) >= 0);
      }
      if (!cjk) {
        if (out != null) {
          out.add(s);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(List.of(spans).subList(0, i));
      }
      int runStart = s.getStart();
      for (int j = s.getStart(); j < s.getEnd(); ) {
        int cp = text.codePointAt(j);
        int next = j + Character.charCount(cp);
        if (isCjk(cp) || CJK_PUNCTUATION.indexOf(cp) >= 0) {
          if (runStart < j) {
            out.add(new Span(runStart, j));
          }
          out.add(new Span(j, next));
          runStart = next;
        }
        j = next;
      }
      if (runStart < s.getEnd()) {
        out.add(new Span(runStart, s.getEnd()));
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** The tokenizer model's tokens of a sentence, each whitespace-delimited word split once. */
  private Span[] tokenize(String sentence) {
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
    List<Span> out = new ArrayList<>(words.length + words.length / 4);
    for (Span w : words) {
      if (w.length() < 2) {
        out.add(w);
        continue;
      }
      String word = sentence.substring(w.getStart(), w.getEnd());
      int[] bounds = splitCache.get(word);
      for (int k = 0; k < bounds.length; k += 2) {
        out.add(new Span(w.getStart() + bounds[k], w.getStart() + bounds[k + 1]));
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * The tokens the tokenizer model makes of one word, as start/end pairs relative to it, adjusted
   * by {@link WordSplits}: hyphenated words and surrogate pairs whole, emoji cut off words.
   */
  private int[] splitWord(String word) {
    if (word.length() > MAX_SPLIT_WORD) {
      return new int[] {0, word.length()};
    }
    return WordSplits.adjust(word, tokenizer.tokenizePos(word));
  }

  /** The lemma of a word with a tag, from {@link #lemmaCache} or the lemmatizer. */
  private String lemma(String word, String taggedAs) {
    // as the earlier cache's key "word\ttag" had it, should the tagger ever give no tag
    String tag = String.valueOf(taggedAs);
    String[] pairs = lemmaCache.getIfPresent(word);
    int known = 0;
    if (pairs != null) {
      for (; known < pairs.length; known += 2) {
        if (pairs[known].equals(tag)) {
          return pairs[known + 1];
        }
      }
    }
    String lemma = lemmatize(word, tag);
    // Another thread may add a pair for the same word meanwhile and one of the two be lost: it is
    // only computed again.
    String[] grown = pairs == null ? new String[2] : Arrays.copyOf(pairs, known + 2);
    grown[known] = tag;
    grown[known + 1] = lemma;
    lemmaCache.put(word, grown);
    return lemma;
  }

  private String lemmatize(String word, String tag) {
    // a figure is its own lemma: the model's edit scripts dropped a digit ("1,234.56" was
    // "1,23.56") or some group separators ("1,000,000" was "1000000", "2,500.75" kept)
    if ("PROPN".equals(tag)
        || "NUM".equals(tag) && CharMatcher.inRange('0', '9').matchesAnyOf(word)) {
      return word;
    }
    String[] lemmas = lemmatizer.lemmatize(new String[] {word}, new String[] {tag});
    String lemma = lemmas.length == 0 ? "" : lemmas[0];
    if (lemma.isEmpty() || "O".equals(lemma) || "_".equals(lemma)) {
      return word.toLowerCase(Locale.ROOT);
    }
    return IrregularNouns.correct(word, tag, lemma);
  }

  static int countWords(String body) {
    int n = 0;
    Matcher m = WORD.matcher(body);
    while (m.find()) {
      String w = m.group();
      // A run made only of CJK characters is read by character, not counted as a word.
      if (w.codePoints().anyMatch(c -> Character.isLetterOrDigit(c) && !isCjk(c))) {
        n++;
      }
    }
    return n;
  }

  static int countCjk(String body) {
    return (int) body.codePoints().filter(TextProcessor::isCjk).count();
  }

  /**
   * Whether a code point is a Chinese, Japanese or Korean character, read by character: one of
   * those scripts, or a letter that Unicode gives no script of its own in a kana or CJK block,
   * such as the long-vowel mark of katakana words ("エネルギー", U+30FC) and its half-width form,
   * which was counted as a word of its own.
   */
  static boolean isCjk(int codePoint) {
    if (codePoint < 0x1100) { // below Hangul's jamo: Latin, Greek, Cyrillic, Arabic, ... and space
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    if (script == Character.UnicodeScript.COMMON) {
      Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
      return Character.isLetter(codePoint) && (block == Character.UnicodeBlock.KATAKANA
          || block == Character.UnicodeBlock.HIRAGANA
          || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
          || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS);
    }
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  @FunctionalInterface
  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = TextProcessor.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("model " + resource + " is not on the classpath"));
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }
}
