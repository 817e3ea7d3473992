package dev.lede.keywords;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.LinkedHashMultiset;
import com.google.common.collect.Multiset;
import com.google.common.collect.Multisets;
import dev.lede.entities.Entity;
import dev.lede.entities.EntityType;
import dev.lede.entities.Mention;
import dev.lede.text.AnalyzedText;
import dev.lede.text.Sentence;
import dev.lede.text.Token;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Picks an article's key terms and phrases: runs of nouns and proper nouns (with the adjectives
 * before them), weighted by how often they occur, how early, whether the title uses them, and
 * their length.
 *
 * <p>Lede reads English. A body in another language ({@link AnalyzedText#language()} neither
 * {@code "en"} nor {@code "und"}), whose words the English tagger cannot tell apart, gives single
 * words as written in lower case, never one on Lucene's stop list for that language (in French
 * without an elided article: "l'inflation" is "inflation"), and the names of its entities; a
 * language Lucene has no stop list for (Chinese, Japanese, Polish, Ukrainian, Greek, ...) gives
 * only the names.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeywordExtractor {

  /** Default number of keywords returned. */
  public static final int DEFAULT_LIMIT = 10;
  /** Longest phrase considered, in tokens. */
  static final int MAX_PHRASE_TOKENS = 3;
  /** Longest entity mention kept whole as a phrase, in tokens ("ursula von der leyen"). */
  static final int MAX_NAME_TOKENS = 5;
  /**
   * Decimal places of a keyword's score, as the JSON shows it; keywords of equal rounded scores
   * are in the order of their terms.
   */
  public static final int SCORE_DECIMALS = 4;
  /** Weight multiplier for a term that also occurs in the title. */
  static final double TITLE_BOOST = 2.0;

  static final Set<String> NOUNS = Set.of("NOUN", "PROPN");
  /**
   * Adjectives that count or compare rather than describe, which the tagger tags ADJ as
   * Universal Dependencies does: no phrase starts with one ("more protected bike", "most
   * long-distance", "several fine saves" were keywords); the rest of the phrase still is one.
   */
  private static final Set<String> QUANTIFIERS = Set.of("more", "most", "less", "least", "many",
      "much", "few", "fewer", "fewest", "several", "other", "such", "same", "various", "own");
  /**
   * Words that measure time or quantity, as the body writes them in lower case: every news story
   * has them ("last week", "in the 27th minute", "next month", "4 percent", "42 kilometres"), so
   * alone or after an adjective or number they say nothing of what it is about, and no keyword
   * holds them so ("Jordan last week" gives "jordan"). After a noun they name a thing of the topic
   * and stay ("library hours", "school year"); capitalised in a name too ("New Year",
   * "Independence Day"). "Season" and "time" are left as words of topics ("wildfire season",
   * "extra time"), and currencies and "pound" as things markets trade.
   */
  private static final Set<String> MEASURE_WORDS = Set.of("day", "days", "week", "weeks",
      "weekend", "weekends", "month", "months", "year", "years", "hour", "hours", "minute",
      "minutes", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
      "nights", "today", "tonight", "yesterday", "tomorrow", "percent", "cent", "kilometre",
      "kilometres", "kilometer", "kilometers", "km", "mile", "miles", "metre", "metres", "meter",
      "meters", "tonne", "tonnes", "kilogram", "kilograms", "kg");
  /** The days of the week, which name no topic even after a noun ("market Monday"). */
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");
  /**
   * Space between a phrase's words as the body writes it: no-break and other Unicode spaces, and
   * the zero-width ones web text carries, as well as Java's whitespace; shown as one space.
   */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\u200B\uFEFF\u0085]+");
  /**
   * A possessive written onto a word ("Portugal's", "workers'", "Kenya’s"): the tagger keeps it
   * one token, but the possessor is no part of the noun phrase after it.
   */
  private static final Pattern POSSESSIVE =
      Pattern.compile("(?iU)(?<=[\\p{L}\\p{N}.])['\u2019\u02BC]s?$");

  private final int limit;

  private KeywordExtractor(int limit) {
    this.limit = limit;
  }

  /**
   * Returns an extractor giving at most {@code limit} keywords.
   *
   * @param limit the largest number of keywords per article, not negative
   * @return the extractor
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static KeywordExtractor withLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return new KeywordExtractor(limit);
  }

  /**
   * Extracts the keywords of an analysed body, best first.
   *
   * @param title the article's title, or {@code null}
   * @param text the analysed body
   * @return at most the configured number of keywords, scores relative to the best one
   * @throws NullPointerException if {@code text} is null
   */
  public List<Keyword> extract(@Nullable String title, AnalyzedText text) {
    return extract(title, text, List.of());
  }

  /**
   * Extracts the keywords of an analysed body, best first, with its entities as names no phrase
   * cuts: a mention is a phrase whole, even one of up to {@link #MAX_NAME_TOKENS} tokens or with
   * words that are not nouns ("bank of england"), and never split ("ursula von der" is none); a
   * person's mention opens any phrase it is in ("giorgia meloni", "meloni government", not
   * "minister giorgia meloni"). A mention alone counts as its entity's canonical name ("Meloni"
   * as "giorgia meloni"), and a name of more than {@link #MAX_PHRASE_TOKENS} tokens weighs as a
   * phrase of that many.
   *
   * @param title the article's title, or {@code null}
   * @param text the analysed body
   * @param entities the body's entities (their mentions' offsets are into the body)
   * @return at most the configured number of keywords, scores relative to the best one
   * @throws NullPointerException if {@code text} or {@code entities} is null
   */
  public List<Keyword> extract(@Nullable String title, AnalyzedText text, List<Entity> entities) {
    requireNonNull(text, "text");
    requireNonNull(entities, "entities");
    KeywordLanguage language = KeywordLanguage.of(text.language());
    Names names = Names.of(text, entities, language);
    Set<String> titleWords = new HashSet<>();
    if (title != null) {
      for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        titleWords.add(w);
      }
    }
    Map<String, Double> scores = new HashMap<>();
    Map<String, Multiset<String>> forms = new HashMap<>();
    int sentenceCount = Math.max(1, text.sentences().size());
    int index = 0;
    for (Sentence sentence : text.sentences()) {
      // Earlier sentences carry the story: the lede weighs about twice the last sentence.
      double position = 1.0 + (sentenceCount - index) / (double) sentenceCount;
      index++;
      int first = sentence.firstToken();
      int end = first + sentence.tokenCount();
      int runStart = first;
      // the verb the tagger read as a noun ends its subject: "the launch puts" is no phrase
      int verb = language.english() ? MissedVerbs.in(text.tokens(), sentence) : -1;
      for (int i = first; i <= end; i++) {
        if (i < end && i != verb
            && (isCandidate(text.tokens().get(i), language) || names.first[i] >= 0)) {
          continue;
        }
        addPhrases(text, runStart, i, names, language, position, titleWords, scores, forms);
        runStart = i + 1;
      }
    }
    double best = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Map<String, Double> relative = new HashMap<>(scores.size() * 2);
    scores.forEach((term, score) -> relative.put(term, relative(score, best)));
    return relative.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new Keyword(e.getKey(), e.getValue(), commonest(forms.get(e.getKey()))))
        .toList();
  }

  /**
   * A score relative to the best, rounded to {@link #SCORE_DECIMALS} places (at least the
   * smallest such step, so never 0): sums of the same weights in another order differ in the last
   * bits (0.7499999999999998 and 0.75), which decided the order of equal scores.
   */
  static double relative(double score, double best) {
    double scale = Math.pow(10, SCORE_DECIMALS);
    return Math.max(1, Math.round(score / best * scale)) / scale;
  }

  /** The form written most often, the first written of equally frequent ones. */
  private static String commonest(Multiset<String> forms) {
    return Multisets.copyHighestCountFirst(forms).iterator().next();
  }

  /**
   * Whether a token may be a keyword's word: in English a noun, proper noun or adjective written
   * without a possessive ("Sweden's central bank" gives "central bank", as when the tagger tagged
   * "Sweden's" PROPN+PART); in another language, whose tags are the English tagger's guesses, any
   * word; never a stop word.
   */
  private static boolean isCandidate(Token t, KeywordLanguage language) {
    String pos = t.pos();
    if (language.english() && (!NOUNS.contains(pos) && !"ADJ".equals(pos)
        || POSSESSIVE.matcher(t.text()).find())) {
      return false;
    }
    String lower = language.withoutArticle(t.text().toLowerCase(Locale.ROOT));
    if (language.english() && (WEEKDAYS.contains(lower)
        || "NOUN".equals(pos) && readsAsVerb(lower, t.lemma().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    return lower.length() > 1 && !isAddress(lower)
        && lower.codePoints().anyMatch(Character::isLetter)
        && !language.isStopWord(lower);
  }

  /**
   * Whether a word the tagger called a noun has a lemma no noun of its form has: a verb's ("rose"
   * is "rise", "sold" "sell", "landed" "land": "coffee prices rose" was a keyword) or an
   * expansion ("PM" is "p.m."). A noun's lemma differs from it only as a plural's does, by English
   * plural forms regular or not ("prices", "children", "women", "teeth", "mice", "criteria",
   * "data", "alumni"); a noun in -ing keeps its verb's lemma ("shooting" is "shoot") and stays.
   */
  static boolean readsAsVerb(String lower, String lemma) {
    if (lemma.isEmpty() || lower.equals(lemma)) {
      return false;
    }
    return lower.endsWith("ed") // "landed" is "land": no plural ends so
        || !lower.endsWith("s") && !lower.endsWith("ing") && !lower.startsWith(lemma)
        && !lemma.replace("oo", "ee").equals(lower)
        && !(lower.endsWith("en") && lemma.endsWith("an"))
        && !(lower.endsWith("ice") && lemma.endsWith("ouse"))
        && !(lower.endsWith("a") && (lemma.endsWith("on") || lemma.endsWith("um")))
        && !(lower.endsWith("i") && lemma.endsWith("us"));
  }

  /**
   * Whether a word is an address, which says where to write or look rather than what the
   * article is about: an e-mail address or a social-media handle ("press@example.org",
   * "@cityhall"), a web address ("https://...", "www.example.com").
   */
  private static boolean isAddress(String lower) {
    return lower.indexOf('@') >= 0 || lower.contains("://") || lower.startsWith("www.");
  }

  /**
   * A word as a keyword's term shows it: by its lemma, which for a name is the name as written
   * without a possessive ("Biden's" is "biden", as "Biden" is); but a lemma the lemmatizer left
   * with an apostrophe or joined ("apple'", "x+y") is shown as written, so that a term never
   * holds text the article does not.
   */
  private static String normal(Token t, KeywordLanguage language) {
    if (!language.english()) {
      return language.withoutArticle(t.text().toLowerCase(Locale.ROOT));
    }
    String lemma = t.lemma();
    boolean asWritten = lemma.isEmpty()
        || lemma.indexOf('+') >= 0 && t.text().indexOf('+') < 0
        || lemma.endsWith("'") || lemma.endsWith("\u2019");
    return (asWritten ? t.text() : lemma).toLowerCase(Locale.ROOT);
  }

  /**
   * The phrases of a run of candidate tokens {@code [from, to)}: in English each ends in a noun
   * ("military training", never "military" alone) or a name; in another language, with no tags
   * to tell a noun phrase, each is one word or a name; none cuts a name.
   */
  private static void addPhrases(AnalyzedText text, int from, int to, Names names,
      KeywordLanguage language, double position, Set<String> titleWords,
      Map<String, Double> scores, Map<String, Multiset<String>> forms) {
    List<Token> tokens = text.tokens();
    for (int end = from + 1; end <= to; end++) {
      boolean nameEnds = names.last[end - 1] == end - 1 && names.name[end - 1] != null;
      if (language.english() && !NOUNS.contains(tokens.get(end - 1).pos()) && !nameEnds) {
        continue;
      }
      for (int start = end - 1; start >= from && end - start <= MAX_NAME_TOKENS; start--) {
        if (!names.allow(start, end) || language.english() && end - start > 1
            && QUANTIFIERS.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
          continue;
        }
        int len = end - start;
        String name = names.nameOf(start, end);
        if (language.english() && name == null && measures(tokens, start, end)) {
          continue;
        }
        if (!language.english() && name == null
            && (len > 1 || !isCandidate(tokens.get(start), language))) {
          continue;
        }
        List<String> words = name != null
            ? List.of(SPACES.split(name.toLowerCase(Locale.ROOT)))
            : tokens.subList(start, end).stream().map(t -> normal(t, language)).toList();
        String term = name != null ? String.join(" ", words) : written(tokens, start, words);
        // a longer phrase says more, but a long name no more than a phrase of the longest
        double weight = position * (1.0 + 0.5 * (Math.min(len, MAX_PHRASE_TOKENS) - 1));
        if (words.stream().anyMatch(titleWords::contains)) {
          weight *= TITLE_BOOST;
        }
        scores.merge(term, weight, Double::sum);
        // a name as its canonical name; other words as the body writes them, not their lemmas
        String form = name != null || !language.english() ? term : SPACES.matcher(text.body()
            .substring(tokens.get(start).start(), tokens.get(end - 1).end()))
            .replaceAll(" ").toLowerCase(Locale.ROOT);
        forms.computeIfAbsent(term, k -> LinkedHashMultiset.create()).add(form);
      }
    }
  }

  /**
   * Whether a phrase holds a word that measures ({@link #MEASURE_WORDS}) and does not follow a
   * noun of the phrase: "week", "last week", "27th minute" (an ordinal the tagger calls a noun),
   * "percent", but not "library hours".
   */
  private static boolean measures(List<Token> tokens, int start, int end) {
    for (int k = start; k < end; k++) {
      if (MEASURE_WORDS.contains(tokens.get(k).text())
          && (k == start || !NOUNS.contains(tokens.get(k - 1).pos())
              || !Character.isLetter(tokens.get(k - 1).text().codePointAt(0)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of tokens from {@code start} joined as the body joins them: by a space where the
   * body has space between two tokens, by nothing where they touch ("U.K" and "." of a mention
   * are "u.k.", not "u.k .").
   */
  private static String written(List<Token> tokens, int start, List<String> words) {
    StringBuilder b = new StringBuilder(words.get(0));
    for (int k = 1; k < words.size(); k++) {
      if (tokens.get(start + k).start() > tokens.get(start + k - 1).end()) {
        b.append(' ');
      }
      b.append(words.get(k));
    }
    return b.toString();
  }

  /**
   * The tokens of the body's names: for each token, the first and last token of the entity
   * mention it is in (-1 if none; a mention whose ends fall inside tokens is left out), whether
   * it names a person, and the entity's canonical name. Capitalised nouns and adjectives in a
   * row outside the mentions, two to {@link #MAX_PHRASE_TOKENS} of them in a sentence, are a
   * name without an entity ("North American", "Wall Street", "Energy Secretary"), kept whole as
   * a mention is: no "north" or "american chief" from "North American chief". A longer row is a
   * title-case line, cut as any words are; a sentence's first word joins a row only as a proper
   * noun ("Rival Kestra" leaves "kestra").
   */
  private record Names(int[] first, int[] last, boolean[] person, String[] name) {

    static Names of(AnalyzedText text, List<Entity> entities, KeywordLanguage language) {
      List<Token> tokens = text.tokens();
      int n = tokens.size();
      int[] first = new int[n];
      int[] last = new int[n];
      boolean[] person = new boolean[n];
      String[] name = new String[n];
      Arrays.fill(first, -1);
      Arrays.fill(last, -1);
      int[] starts = tokens.stream().mapToInt(Token::start).toArray();
      for (Entity e : entities) {
        for (Mention m : e.mentions()) {
          int a = Arrays.binarySearch(starts, m.start());
          if (a < 0) {
            continue;
          }
          int b = a;
          while (b < n && tokens.get(b).end() < m.end()) {
            b++;
          }
          if (b == n || tokens.get(b).end() != m.end()) {
            continue;
          }
          for (int k = a; k <= b; k++) {
            first[k] = a;
            last[k] = b;
            person[k] = e.type() == EntityType.PERSON;
            name[k] = e.name();
          }
        }
      }
      // capitals mark names in English; German writes every noun so
      for (Sentence s : language.english() ? text.sentences() : List.<Sentence>of()) {
        int end = s.firstToken() + s.tokenCount();
        for (int i = s.firstToken(); i < end; i++) {
          int j = i;
          // a sentence's first word is capitalised whatever it is: only a proper noun counts
          while (j < end && first[j] < 0 && isCandidate(tokens.get(j), language)
              && Character.isUpperCase(tokens.get(j).text().codePointAt(0))
              && (j > s.firstToken() || "PROPN".equals(tokens.get(j).pos()))) {
            j++;
          }
          if (j - i >= 2 && j - i <= MAX_PHRASE_TOKENS) {
            Arrays.fill(first, i, j, i);
            Arrays.fill(last, i, j, j - 1);
          }
          i = j; // j >= i: token j ended the row, so it starts none
        }
      }
      return new Names(first, last, person, name);
    }

    /** The canonical name of the entity whose mention is tokens {@code [start, end)}, or null. */
    String nameOf(int start, int end) {
      return first[start] == start && last[start] == end - 1 ? name[start] : null;
    }

    /**
     * Whether tokens {@code [start, end)} may be a phrase: no mention cut, no word before a
     * person's mention, at most {@link #MAX_PHRASE_TOKENS} tokens unless it is one mention.
     */
    boolean allow(int start, int end) {
      if (first[start] >= 0 && first[start] < start || last[end - 1] >= end) {
        return false;
      }
      if (nameOf(start, end) != null) {
        return true;
      }
      for (int k = start; k < end; k++) {
        if (person[k] && first[k] > start) {
          return false;
        }
      }
      return end - start <= MAX_PHRASE_TOKENS;
    }
  }
}
