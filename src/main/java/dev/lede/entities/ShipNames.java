package dev.lede.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ships, which the guidelines make no entities, named again without what marked them as ships:
 * after "the French frigate FS Lorvane" or "the destroyer USS Halvorsen", a later "Lorvane is
 * committed" or "commander of Halvorsen" is the ship, which the tagger read as a person or a
 * place. The sentence stage drops a name after a navy's prefix ({@link EventNames}); this
 * document pass drops the same name written alone, and a name right after a lower-case word for
 * a vessel ("the frigate Lorvane").
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class ShipNames {

  /** Navies' and merchant fleets' prefixes before a ship's name: "USS Hornet", "FS Forbin". */
  static final Set<String> PREFIXES = Set.of("USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS",
      "RMS", "RFA", "FS", "HNLMS", "HNoMS", "HSwMS", "HDMS", "FGS", "ESPS", "ROKS", "TCG");
  /** A capitalised word of a ship's name, or a particle inside one ("Charles de Gaulle"). */
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:de|du|la|le|von|van|der)"
      + "\\s+)?\\p{Lu}[\\p{L}'’-]*)*";
  /**
   * A prefix, or a lower-case word for a vessel (with or without a prefix after it), then the
   * ship's name. "carrier" alone is left out: an airline or a telephone company is one too.
   */
  private static final Pattern SHIP = Pattern.compile("(?:\\b(?:" + String.join("|", PREFIXES)
      + ")|\\b(?:frigate|destroyer|cruiser|corvette|submarine|warship|battleship|minesweeper"
      + "|aircraft\\s+carrier|assault\\s+ship|patrol\\s+(?:ship|boat)|tanker|freighter"
      + "|trawler)(?:\\s+(?:" + String.join("|", PREFIXES) + "))?)\\s+(" + NAME + ")");
  /** Words that follow a vessel's word without naming it: "the tanker Tuesday". */
  private static final Set<String> NO_SHIP = Set.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "In", "On", "At");

  private ShipNames() {}

  /**
   * The mentions without the people and places whose text is a ship's name of the text.
   *
   * @param body the body
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  static List<TypedMention> without(String body, List<TypedMention> found) {
    Set<String> ships = new HashSet<>();
    Matcher m = SHIP.matcher(body);
    while (m.find()) {
      String first = m.group(1).split("\\s+")[0];
      if (!NO_SHIP.contains(first)) {
        ships.add(m.group(1));
      }
    }
    if (ships.isEmpty()) {
      return found;
    }
    List<TypedMention> out = new ArrayList<>(found.size());
    for (TypedMention g : found) {
      boolean ship = (g.type() == EntityType.PERSON || g.type() == EntityType.LOCATION)
          && ships.contains(body.substring(g.start(), g.end()));
      if (!ship) {
        out.add(g);
      }
    }
    return out;
  }
}
