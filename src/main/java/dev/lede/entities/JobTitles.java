package dev.lede.entities;

import java.util.Set;

/**
 * Listed organisations' abbreviations that also name a job: "GM" is General Motors in business
 * copy and a general manager in sports copy ("assistant GM", "GM Ed Stefanski"). The guidelines
 * keep titles and roles outside every span and make a job title no entity.
 *
 * <p>Stateless; safe to share across threads.
 */
final class JobTitles {

  /** Abbreviations of a listed organisation that are also a job's. */
  private static final Set<String> TITLE_ABBREVIATIONS = Set.of("GM");

  private JobTitles() {}

  /**
   * Whether the listed organisation at tokens {@code [a, b)} is a job's abbreviation: after
   * "assistant" or before a person's name ("assistant GM", "GM Ed Stefanski said"), not before
   * another title ("GM CEO Mary Barra").
   */
  static boolean abbreviatesATitle(String[] words, int a, int b, Gazetteer gazetteer) {
    if (b - a != 1 || !TITLE_ABBREVIATIONS.contains(words[a])) {
      return false;
    }
    return a > 0 && words[a - 1].equalsIgnoreCase("assistant")
        || b + 1 < words.length && gazetteer.givenNames.contains(words[b])
            && Character.isUpperCase(words[b + 1].charAt(0));
  }
}
