package dev.lede.entities;

import static java.util.Objects.requireNonNull;

import dev.lede.text.AnalyzedText;
import dev.lede.text.Sentence;
import dev.lede.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the named entities of an analysed text: people, countries (with their ISO 3166-1 alpha-2
 * codes), other places, ministries and organisations, as {@code ENTITY-GUIDELINES.md} defines
 * them. A neural name finder ({@code NeuralTagger}: a dilated CNN with a CRF over word vectors,
 * characters, part of speech and gazetteer inputs, trained on openly licensed gold corpora)
 * proposes person, place and organisation spans ({@code ModelCandidates} cleans them); the
 * gazetteers propose countries, known places and organisations ({@code LexiconCandidates}); rules
 * that state the guidelines propose ministries, organisations and events ({@code
 * GuidelineRules}); per sentence the longest span wins ({@code MentionResolver}); decisions that
 * need the whole text come last ({@code DocumentPass}); mentions are then clustered into entities
 * with a canonical name and a salience ({@code EntityClusterer}).
 *
 * <p>Thread-safe: one instance may be shared by any number of threads.
 */
public final class EntityRecognizer {

  /** The perceptron name finder model on the classpath (the earlier design). */
  static final String NAME_MODEL = Gazetteer.MODELS + "ner-model.bin";
  /** The neural tagger on the classpath (the default). */
  static final String TAGGER_MODEL = Gazetteer.MODELS + "ner-tagger.bin";
  /**
   * System property choosing the name finder, for evaluation: {@code neural} (the default) or
   * {@code perceptron}.
   */
  static final String MODEL_PROPERTY = "lede.entities.model";

  private final Gazetteer gazetteer;
  private final NameFeatures features;
  private final MentionResolver resolver;
  private final DocumentPass documentPass;
  private final NameModel model;
  private final NeuralTagger tagger;
  private final OtherLanguages otherLanguages;

  private EntityRecognizer(Gazetteer gazetteer, NameModel model, NeuralTagger tagger) {
    this.gazetteer = gazetteer;
    this.features = new NameFeatures(gazetteer);
    this.resolver = new MentionResolver(gazetteer, features);
    this.documentPass = new DocumentPass(features, gazetteer);
    this.otherLanguages = new OtherLanguages(gazetteer, features);
    this.model = model;
    this.tagger = tagger;
  }

  /**
   * Loads the entity models and gazetteers from the classpath. Call once and share the result.
   *
   * @return a recognizer
   * @throws UncheckedIOException if a model or list is missing from the classpath or unreadable
   */
  public static EntityRecognizer load() {
    Gazetteer gazetteer = Gazetteer.load();
    boolean perceptron = "perceptron".equals(System.getProperty(MODEL_PROPERTY));
    String name = perceptron ? NAME_MODEL : TAGGER_MODEL;
    try (InputStream in = EntityRecognizer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("model " + name + " is not on the classpath"));
      }
      return perceptron ? new EntityRecognizer(gazetteer, NameModel.read(in), null)
          : new EntityRecognizer(gazetteer, null, NeuralTagger.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + name, e);
    }
  }

  /**
   * Returns the entities of a text, most salient first.
   *
   * @param title the article's title, or {@code null}; entities named in it weigh more
   * @param text the analysed body
   * @return the entities
   * @throws NullPointerException if {@code text} is null
   */
  public List<Entity> recognize(@Nullable String title, AnalyzedText text) {
    requireNonNull(text, "text");
    if (text.tokens().isEmpty()) {
      return List.of();
    }
    // the stages read full-width letters and combining accents as the lexicons write them
    FoldedText folded = FoldedText.of(text);
    AnalyzedText read = folded.text();
    return folded.inOriginal(new EntityClusterer(gazetteer).cluster(
        title == null ? null : FoldedText.foldTitle(title), read.body(), mentions(read)),
        text.body());
  }

  /**
   * Finds the typed mentions of a text, in text order, without overlaps: per sentence the model's
   * spans, the lexicon's and the guideline rules' candidates resolved into mentions ({@link
   * MentionResolver}), then the decisions that need the whole text ({@link DocumentPass}).
   */
  List<TypedMention> mentions(AnalyzedText text) {
    String body = text.body();
    List<TypedMention> all = new ArrayList<>();
    List<int[]> headlines = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      List<Token> tokens = text.tokensOf(sentence);
      if (tokens.isEmpty()) {
        continue;
      }
      SentenceTokens s = SentenceTokens.of(body,
          Tokens.of(body, tokens).splitNameCompounds(gazetteer::namesSomething,
              gazetteer::namesOnlyPlaces));
      if (NameWords.isHeadlineCase(s.words())) {
        headlines.add(new int[] {tokens.get(0).start(), tokens.get(tokens.size() - 1).end()});
      }
      List<int[]> spans;
      if (tagger != null) {
        NameFeatures.Prepared p = features.prepareForTagger(body, s.words(), s.starts(),
            s.ends());
        if (!s.caps() && NameWords.isHeadlineCase(s.words())) {
          p = features.prepareForTagger(body, sentenceCase(s.words(), p.gazetteer()),
              s.starts(), s.ends());
        }
        spans = tagger.find(p, s.pos());
      } else {
        NameFeatures.Prepared p = features.prepare(body, s.words(), s.pos(), s.starts(), s.ends());
        spans = model.find(p.tokens(), p.context(), TaggedSentence.TYPES);
      }
      all.addAll(resolver.resolve(s, spans));
    }
    return otherLanguages.keep(text.language(), body, text.tokens(),
        documentPass.apply(body, all, text.tokens(), headlines));
  }

  /**
   * How frequent a headline's capitalised word must be to be read in lower case: among the
   * tagger's 20,000 most frequent words ("Tightens" is not, "Border" and "Meets" are). Measured
   * on invented headlines (README, "Step 8"): it keeps rarer names ("Rheinmetall") capitalised,
   * while frequent words that are also names lose their capital unless listed as given names or
   * surnames ("Trump", "Harris" stay; "Xi" does not).
   */
  private static final int HEADLINE_RANK = 20_000;

  /**
   * A headline's words as a sentence would write them: a capitalised word that is one of the
   * most frequent words and no part of a listed name is written in lower case ("Poland Tightens
   * Border Controls" -> "Poland tightens border controls"), so that the tagger, which learnt
   * capitals as a sign of names, reads the headline as it reads prose. The first word keeps its
   * capital, as a sentence's does. Headlines in capitals are not changed: they reach the tagger in
   * title case with the capitals flag it was trained with (lower-casing them lost countries).
   */
  private String[] sentenceCase(String[] words, String[] gazetteer) {
    String[] out = words.clone();
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (gazetteer[i] == null && w.length() > 1 && Character.isUpperCase(w.charAt(0))
          && !Character.isUpperCase(w.charAt(1)) && !features.isListedName(w)
          && tagger.isFrequentWord(w, HEADLINE_RANK)) {
        out[i] = w.toLowerCase(Locale.ROOT);
      }
    }
    return out;
  }

  /**
   * Returns the ISO 3166-1 alpha-2 codes of the countries a text refers to through demonyms and
   * nationality adjectives ("Belarusian" is BY), in order of first use, without repeats. A
   * demonym that opens a listed place's name is part of that name ("Indian Ocean", "English
   * Channel"), and one that names a language names no country ("spoke Spanish and Portuguese",
   * "a reply in French", "the Arabic language").
   *
   * @param text the analysed body
   * @return the country codes
   * @throws NullPointerException if {@code text} is null
   */
  public List<String> demonymCountries(AnalyzedText text) {
    requireNonNull(text, "text");
    text = FoldedText.of(text).text();
    Set<String> codes = new LinkedHashSet<>();
    String body = text.body();
    for (Sentence sentence : text.sentences()) {
      Tokens tk = Tokens.of(body, text.tokensOf(sentence));
      int n = tk.words().length;
      int[] starts = tk.starts();
      int[] ends = tk.ends();
      String[] words = tk.words();
      boolean caps = NameFeatures.isAllCaps(words);
      int languageEnd = -1; // the last token of the last demonym read as a language
      for (int i = 0; i < n; i++) {
        if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
          continue;
        }
        for (PhraseTrie.Match<Gazetteer.Sense> m
            : gazetteer.phrases.matchAt(body, starts, ends, i, Math.min(n, i + 4))) {
          Gazetteer.Sense s = LexiconCandidates.sense(body, m, caps, Gazetteer.Kind.DEMONYM);
          if (s != null && NameWords.isLanguage(words, i, m.lastToken(), languageEnd)) {
            languageEnd = m.lastToken();
            break;
          }
          if (s != null) {
            codes.add(s.code());
            break;
          }
          // longest first: a listed place that a demonym opens ("Indian Ocean", "English
          // Channel") names no country, as "Kenya" in "Kenya Airways" is no country
          if (LexiconCandidates.sense(body, m, caps, Gazetteer.Kind.REGION,
              Gazetteer.Kind.CITY) != null) {
            i = m.lastToken();
            break;
          }
        }
      }
    }
    return List.copyOf(codes);
  }
}
