package dev.lede.entities;

import dev.lede.text.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence's tokens as parallel arrays, with one repair: the English tokenizer splits a curly
 * possessive inside the name ("Lukashenk" + "o’s"); here the name is whole again and the
 * possessive is its own token ("Lukashenko" + "’s"), as in the training data.
 *
 * @param words token texts
 * @param pos UD part-of-speech tags
 * @param starts start offsets into the body
 * @param ends end offsets
 */
record Tokens(String[] words, String[] pos, int[] starts, int[] ends) {

  private static final Pattern SPLIT_POSSESSIVE = Pattern.compile("\\p{L}{1,2}[’'][sS]?");

  static Tokens of(String body, List<Token> tokens) {
    int n = tokens.size();
    String[] words = new String[n];
    String[] pos = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words[i] = t.text();
      pos[i] = t.pos();
      starts[i] = t.start();
      ends[i] = t.end();
    }
    for (int i = 0; i + 1 < n; i++) {
      if (starts[i + 1] == ends[i] && Character.isLetter(words[i].charAt(words[i].length() - 1))
          && SPLIT_POSSESSIVE.matcher(words[i + 1]).matches()) {
        int quote = Math.max(words[i + 1].indexOf('’'), words[i + 1].indexOf('\''));
        ends[i] += quote;
        starts[i + 1] = ends[i];
        words[i] = body.substring(starts[i], ends[i]);
        words[i + 1] = body.substring(starts[i + 1], ends[i + 1]);
        pos[i + 1] = "PART";
      }
    }
    return new Tokens(words, pos, starts, ends);
  }
}
