package dev.lede.entities;

import dev.lede.text.TextProcessor;
import dev.lede.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shared fixtures of the stage tests: the gazetteer and the models, loaded once (it takes
 * seconds), and sentences written as space-separated tokens, each optionally tagged
 * ("Okafor/VERB"); an untagged token is a proper noun when capitalised, punctuation without
 * letters or digits, a number when it starts with a digit, else a noun.
 */
final class StageFixtures {

  private static final Pattern TAGGED = Pattern.compile("(.+)/([A-Z]+)");

  private static Gazetteer gazetteer;
  private static NameFeatures features;
  private static TextProcessor processor;
  private static EntityRecognizer recognizer;

  private StageFixtures() {}

  static synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      gazetteer = Gazetteer.load();
    }
    return gazetteer;
  }

  /**
   * The text models and the recognizer, loaded once per JVM: PIT runs each test method on its
   * own, class set-up included, so a load per test class would be a load per mutant and test.
   */
  static synchronized TextProcessor processor() {
    if (processor == null) {
      processor = TextProcessor.load();
    }
    return processor;
  }

  static synchronized EntityRecognizer recognizer() {
    if (recognizer == null) {
      recognizer = EntityRecognizer.load();
    }
    return recognizer;
  }

  static synchronized NameFeatures features() {
    if (features == null) {
      features = new NameFeatures(gazetteer());
    }
    return features;
  }

  /** A sentence of tokens joined by single spaces, which is also its body. */
  /** A table cell "A|B" as the list [A, B]; an empty cell as none. */
  static List<String> cells(String cell) {
    return cell == null ? List.of() : List.of(cell.split("\\|"));
  }

  static SentenceTokens sentence(String tokens) {
    String[] raw = tokens.split(" ");
    int n = raw.length;
    String[] words = new String[n];
    String[] pos = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Matcher m = TAGGED.matcher(raw[i]);
      words[i] = m.matches() ? m.group(1) : raw[i];
      pos[i] = m.matches() ? m.group(2) : defaultTag(words[i]);
      if (i > 0) {
        body.append(' ');
      }
      starts[i] = body.length();
      body.append(words[i]);
      ends[i] = body.length();
    }
    return SentenceTokens.of(body.toString(), new Tokens(words, pos, starts, ends));
  }

  private static String defaultTag(String w) {
    if (Character.isUpperCase(w.charAt(0))) {
      return "PROPN";
    }
    if (Character.isDigit(w.charAt(0))) {
      return "NUM";
    }
    return NameWords.hasLetterOrDigit(w) ? "NOUN" : "PUNCT";
  }

  /** The tokens of a body split at spaces, as the document stage reads them. */
  static List<Token> tokens(String body) {
    List<Token> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(body);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end(), "X", m.group()));
    }
    return out;
  }

  /** A candidate as "TYPE:text" ("EVENT" for a candidate without a type). */
  static String show(SentenceTokens s, Candidate c) {
    return (c.type() == null ? "EVENT" : c.type().name()) + ":"
        + s.body().substring(s.starts()[c.a()], s.ends()[c.b() - 1]);
  }

  static List<String> show(SentenceTokens s, List<Candidate> cands) {
    return cands.stream().map(c -> show(s, c)).toList();
  }

  /** Mentions of each {@code text@type} in order, each found after the previous one. */
  static List<TypedMention> mentions(String body, String... typed) {
    List<TypedMention> out = new ArrayList<>();
    int from = 0;
    for (String t : typed) {
      String text = t.substring(0, t.indexOf('@'));
      EntityType type = EntityType.valueOf(t.substring(t.indexOf('@') + 1));
      int start = body.indexOf(text, from);
      out.add(new TypedMention(start, start + text.length(), type, null, null, false));
      from = start + text.length();
    }
    return out;
  }

  /**
   * The mention texts a document stage gives, joined by "|", for a body whose mentions, all of
   * {@code type}, are written in brackets ("[Okafor Group] said").
   */
  static String afterStage(String marked, EntityType type,
      BiFunction<String, List<TypedMention>, List<TypedMention>> stage) {
    StringBuilder body = new StringBuilder();
    List<TypedMention> found = new ArrayList<>();
    int start = -1;
    for (char c : marked.toCharArray()) {
      if (c == '[') {
        start = body.length();
      } else if (c == ']') {
        found.add(new TypedMention(start, body.length(), type, null, null, false));
      } else {
        body.append(c);
      }
    }
    List<String> texts = new ArrayList<>();
    for (TypedMention m : stage.apply(body.toString(), found)) {
      texts.add(body.substring(m.start(), m.end()));
    }
    return String.join("|", texts);
  }

  /** A mention as "TYPE:text". */
  static String show(String body, TypedMention m) {
    return m.type().name() + ":" + body.substring(m.start(), m.end());
  }

  static List<String> show(String body, List<TypedMention> mentions) {
    return mentions.stream().map(m -> show(body, m)).toList();
  }

  /** A model span over tokens [a, b) of a type in {@link TaggedSentence#TYPES}. */
  static int[] span(int a, int b, String type) {
    return new int[] {a, b, TaggedSentence.TYPES.indexOf(type)};
  }

  /** The candidates a rule over words adds after one given candidate (none: {@code null}). */
  static List<Candidate> addedAfter(SentenceTokens s, Candidate given,
      BiConsumer<String[], List<Candidate>> rule) {
    List<Candidate> cands = new ArrayList<>();
    if (given != null) {
      cands.add(given);
    }
    rule.accept(s.words(), cands);
    return cands.subList(given == null ? 0 : 1, cands.size());
  }
}
