package dev.lede.tools;

import dev.lede.cli.UsageException;
import dev.lede.entities.TaggedSentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads pre-tokenised NER corpora (IOB2 with comment lines, CoNLL, GMB csv) and maps their labels
 * onto PER/LOC/ORG, the coarse types of our guidelines.
 */
final class NerCorpus {

  /** File formats the readers understand. */
  enum Format {
    /** Tab-separated, {@code #} comments, numeric id then token, first IOB column is the tag. */
    IOB2,
    /** Token first, tag last, whitespace-separated; IOB1 is converted. */
    CONLL,
    /** The GMB {@code ner_dataset.csv}: {@code Sentence #,Word,POS,Tag}, latin-1. */
    GMB,
    /**
     * LitBank's entity TSV: token, then nested IOB2 layers. Only proper-noun spans are kept
     * (LitBank also tags "a young man" as PER): see {@link NerCorpus#litbankNames}.
     */
    LITBANK;

    static Format parse(String s) throws UsageException {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("unknown format '" + s + "': iob2, conll, gmb or litbank");
      }
    }
  }

  private static final Pattern TAG = Pattern.compile("O|[BIES]-.+");
  private static final Set<String> TITLES = titles();
  private static final FineGold COUNTRIES = FineGold.load();

  private NerCorpus() {}

  /** A sentence as read, with the file's own labels (IOB2 after conversion). */
  record Raw(List<String> tokens, List<String> tags) {}

  /**
   * A sentence as read with what the comment lines above it say: the id after {@code # newdoc}
   * when a document starts there ("" for {@code # newdoc} without an id), else null, and the
   * original text after {@code # text =}, else null. Only IOB2 files have comment lines.
   */
  record Sourced(Raw raw, String newDoc, String text) {}

  /** A document: the sentences from one {@code # newdoc} line to the next. */
  record Document(String id, List<Sourced> sentences) {}

  static List<Raw> read(Path file, Format format) throws IOException {
    return readSourced(file, format).stream().map(Sourced::raw).toList();
  }

  /** Reads sentences with their document starts and original text (IOB2 comment lines). */
  static List<Sourced> readSourced(Path file, Format format) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file: " + file);
    }
    if (format == Format.LITBANK) {
      return readLitbank(file).stream().map(r -> new Sourced(r, null, null)).toList();
    }
    Charset cs = format == Format.GMB ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    List<Sourced> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, cs)) {
      List<String> tokens = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      String[] comments = new String[2]; // newdoc id, text: of the sentence being read
      String line;
      boolean header = format == Format.GMB;
      while ((line = r.readLine()) != null) {
        if (header) {
          header = false;
          continue;
        }
        if (format == Format.GMB) {
          if (line.startsWith("Sentence: ")) {
            flush(tokens, tags, comments, out);
          }
          // "Sentence: 1,Word,POS,Tag"; a comma token or "1,000" is a quoted field
          List<String> fields = csvFields(line);
          if (fields.size() < 4 || fields.get(1).isEmpty()) {
            continue;
          }
          tokens.add(fields.get(1));
          tags.add(fields.get(fields.size() - 1).strip());
          continue;
        }
        if (line.isBlank()) {
          flush(tokens, tags, comments, out);
          continue;
        }
        if (format == Format.IOB2 && line.startsWith("#")) {
          comment(line, comments);
          continue;
        }
        String[] cols = format == Format.IOB2 ? line.split("\t") : line.strip().split("\\s+");
        if (format == Format.CONLL) {
          if (cols[0].equals("-DOCSTART-") || cols.length < 2) {
            continue;
          }
          tokens.add(cols[0]);
          tags.add(cols[cols.length - 1]);
        } else {
          if (cols.length < 3) {
            continue;
          }
          String tag = "O";
          for (int c = 2; c < cols.length; c++) {
            if (TAG.matcher(cols[c]).matches()) {
              tag = cols[c];
              break;
            }
          }
          tokens.add(cols[1]);
          tags.add(tag);
        }
      }
      flush(tokens, tags, comments, out);
    }
    return out;
  }

  /** Keeps what a {@code # newdoc} or {@code # text =} line says for the next sentence. */
  private static void comment(String line, String[] comments) {
    String c = line.substring(1).strip();
    if (c.equals("newdoc") || c.startsWith("newdoc ")) {
      String rest = c.substring("newdoc".length()).strip();
      comments[0] = rest.startsWith("id") ? rest.substring(2).strip().replaceFirst("^=\\s*", "")
          : rest;
    } else if (c.startsWith("text") && c.substring(4).strip().startsWith("=")) {
      // the text as written, spaces inside kept; only the one space after "=" is syntax
      String rest = c.substring(4).strip().substring(1);
      comments[1] = rest.startsWith(" ") ? rest.substring(1) : rest;
    }
  }

  /**
   * Groups sentences into documents at each {@code # newdoc} line; sentences before the first one
   * (all of them, in a file without any) make a document named {@code fallbackId}.
   */
  static List<Document> documents(List<Sourced> sentences, String fallbackId) {
    List<Document> out = new ArrayList<>();
    String id = fallbackId;
    List<Sourced> current = new ArrayList<>();
    for (Sourced s : sentences) {
      if (s.newDoc() != null) {
        if (!current.isEmpty()) {
          out.add(new Document(id, List.copyOf(current)));
          current.clear();
        }
        id = s.newDoc().isEmpty() ? fallbackId + "#" + (out.size() + 1) : s.newDoc();
      }
      current.add(s);
    }
    if (!current.isEmpty()) {
      out.add(new Document(id, List.copyOf(current)));
    }
    return out;
  }

  /** Words that are never a name in LitBank's proper-noun filter, though capitalised. */
  private static final Set<String> NOT_NAMES = Set.of("i", "he", "she", "it", "we", "they",
      "you", "me", "him", "her", "us", "them", "my", "his", "its", "our", "their", "your",
      "the", "a", "an", "this", "that", "these", "those", "one", "mother", "father", "god",
      "heaven", "lord", "lady", "sir", "madam", "miss", "mr", "mr.", "mrs", "mrs.");
  /** Lower-case words allowed inside a proper name ("Duke of York", "Ludwig van Beethoven"). */
  private static final Set<String> NAME_JOINERS = Set.of("of", "the", "de", "van", "von",
      "der", "du", "la", "le", "and", "da", "di", "del");

  private static List<Raw> readLitbank(Path file) throws IOException {
    List<Raw> out = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!rows.isEmpty()) {
          out.add(litbankNames(rows));
          rows.clear();
        }
        continue;
      }
      rows.add(line.split("\t"));
    }
    if (!rows.isEmpty()) {
      out.add(litbankNames(rows));
    }
    return out;
  }

  /**
   * Finds each token in the text, in order: returns {starts, ends}, character offsets into
   * {@code text}, -1 for a token not found. Whitespace between tokens may be absent ("internet,"
   * is two tokens). A token not at the cursor is looked for in the next {@link #REALIGN_WINDOW}
   * characters (a character the file dropped); one still not found but lying alone between two
   * found tokens takes the non-blank text between them (a quote the file normalised: {@code ``}
   * for a curly quote); else it stays unaligned and the cursor does not move.
   */
  static int[][] align(String text, List<String> tokens) {
    int n = tokens.size();
    int[] starts = new int[n];
    int[] ends = new int[n];
    int pos = 0;
    for (int i = 0; i < n; i++) {
      String tok = tokens.get(i);
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      int at = tok.isEmpty() ? -1 : text.startsWith(tok, pos) ? pos : text.indexOf(tok, pos);
      if (at >= 0 && at - pos <= REALIGN_WINDOW) {
        starts[i] = at;
        ends[i] = at + tok.length();
        pos = ends[i];
      } else {
        starts[i] = -1;
        ends[i] = -1;
      }
    }
    for (int i = 0; i < n; i++) {
      if (starts[i] >= 0) {
        continue;
      }
      int from = i == 0 ? 0 : ends[i - 1];
      int to = i == n - 1 ? text.length() : starts[i + 1];
      if (from < 0 || to < 0 || (i + 1 < n && starts[i + 1] < 0)) {
        continue; // a neighbour is unaligned too: no safe boundary
      }
      int a = from;
      int b = to;
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (a < b) {
        starts[i] = a;
        ends[i] = b;
      }
    }
    return new int[][] {starts, ends};
  }

  /** How far ahead {@link #align} looks for a token that is not at the cursor, in chars. */
  static final int REALIGN_WINDOW = 20;

  /**
   * One LitBank sentence with its proper-noun spans: over all nested layers, a span is kept when
   * its first word is capitalised, its other words are capitalised or name joiners, and it is not
   * a pronoun, determiner or bare title; the longest kept span wins where they overlap.
   * PER/ORG/LOC keep their type, GPE and FAC are LOC, VEH is dropped.
   */
  static Raw litbankNames(List<String[]> rows) {
    int n = rows.size();
    List<String> tokens = new ArrayList<>(n);
    for (String[] r : rows) {
      tokens.add(r[0]);
    }
    String[] tags = new String[n];
    Arrays.fill(tags, "O");
    List<int[]> spans = new ArrayList<>(); // start, end, type index
    List<String> types = List.of("PER", "LOC", "ORG");
    int layers = rows.stream().mapToInt(r -> r.length).max().orElse(1) - 1;
    for (int layer = 1; layer <= layers; layer++) {
      for (int i = 0; i < n; i++) {
        String tag = layer < rows.get(i).length ? rows.get(i)[layer].strip() : "O";
        if (!tag.startsWith("B-")) {
          continue;
        }
        int end = i + 1;
        while (end < n && layer < rows.get(end).length
            && rows.get(end)[layer].strip().equals("I-" + tag.substring(2))) {
          end++;
        }
        String type = switch (tag.substring(2)) {
          case "PER" -> "PER";
          case "ORG" -> "ORG";
          case "LOC", "GPE", "FAC" -> "LOC";
          default -> null;
        };
        if (type != null && isProperName(tokens.subList(i, end))) {
          spans.add(new int[] {i, end, types.indexOf(type)});
        }
      }
    }
    spans.sort((a, b) -> Integer.compare(b[1] - b[0], a[1] - a[0]));
    for (int[] s : spans) {
      boolean free = true;
      for (int t = s[0]; t < s[1] && free; t++) {
        free = tags[t].equals("O");
      }
      if (free) {
        for (int t = s[0]; t < s[1]; t++) {
          tags[t] = (t == s[0] ? "B-" : "I-") + types.get(s[2]);
        }
      }
    }
    return new Raw(List.copyOf(tokens), List.of(tags));
  }

  private static boolean isProperName(List<String> words) {
    String first = words.get(0);
    if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))
        || NOT_NAMES.contains(first.toLowerCase(Locale.ROOT))
        || (words.size() == 1 && TITLES.contains(first.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    for (String w : words.subList(1, words.size())) {
      boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      if (!capital && !NAME_JOINERS.contains(w) && !w.equals("-") && !w.equals(".")) {
        return false;
      }
    }
    return !NAME_JOINERS.contains(words.get(words.size() - 1));
  }

  /** The fields of one CSV line: quoted fields may hold commas, and "" is a quote. */
  static List<String> csvFields(String line) {
    try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT)) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(); // a malformed line (an unclosed quote) is skipped like a short one
    }
  }

  private static void flush(List<String> tokens, List<String> tags, String[] comments,
      List<Sourced> out) {
    if (!tokens.isEmpty()) {
      out.add(new Sourced(new Raw(List.copyOf(tokens), toIob2(tags)), comments[0], comments[1]));
      tokens.clear();
      tags.clear();
      comments[0] = null;
      comments[1] = null;
    }
  }

  /** IOB1 and BIOES to IOB2: an I- that does not continue a same-type span starts one. */
  static List<String> toIob2(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String prevType = null;
    for (String tag : tags) {
      String t = tag;
      if (t.startsWith("S-")) {
        t = "B-" + t.substring(2);
      } else if (t.startsWith("E-")) {
        t = "I-" + t.substring(2);
      }
      if (t.startsWith("I-") && !t.substring(2).equals(prevType)) {
        t = "B-" + t.substring(2);
      }
      if (!TAG.matcher(t).matches()) {
        t = "O";
      }
      prevType = t.equals("O") ? null : t.substring(2);
      out.add(t);
    }
    return out;
  }

  /** Maps a corpus label onto PER, LOC, ORG, or null for labels we do not report. */
  static String coarse(String label, Format format) {
    String l = label.toLowerCase(Locale.ROOT);
    switch (l) {
      case "per", "person", "politician", "pers", "scientist", "writer", "musicalartist",
          "researcher":
        return "PER";
      case "loc", "location", "geo", "country", "fac", "facility", "geo-loc":
        return "LOC";
      case "org", "organisation", "organization", "politicalparty", "corporation", "group",
          "company", "sportsteam", "university", "band", "magazine":
        return "ORG";
      default:
        return null; // gpe (demonyms in GMB), misc, events, products, times...
    }
  }

  /**
   * How a corpus's labels become our gold spans. GMB's {@code gpe} is mostly demonyms ("Iraqi"),
   * which are not entities for us, but it also tags country names ("Nepal" 131 times as gpe, once
   * as geo); GMB also tags places standing for their governments {@code org} ("Tehran", "U.S.",
   * "West Bank"), which our guidelines keep LOCATION/COUNTRY ("Moscow said" is LOCATION), and
   * tags some organisations {@code geo} ("U.N." 22 times geo, 27 times org in sentences
   * 40,000-43,999; "African Union", "Red Cross").
   */
  enum Gold {
    /**
     * The labels as annotated: a GMB gpe span whose whole text names a sovereign state is LOC
     * (the rest of gpe is dropped), a GMB org span stays ORG.
     */
    AS_ANNOTATED(true, false),
    /**
     * {@link #AS_ANNOTATED}, and, as our guidelines type them: a GMB org span whose whole text is
     * a place of {@link FineGold#isPlace} (a country, a curated region, a city of 200,000 or more
     * people) is LOC; a GMB geo span whose whole text is a name of our organisation list
     * ({@link FineGold#isOrganization}) is ORG. Other corpora are gold human annotation, kept as
     * they are.
     */
    GUIDELINES(true, true),
    /**
     * For training: gpe country names stay untagged. Measured, tagging them cost 0.01 micro F1 on
     * UNER-EWT and GUM dev (GMB unchanged), as the gazetteer finds every country name anyway.
     */
    TRAINING(false, false);

    final boolean gpeCountries;
    final boolean guidelineTypes;

    Gold(boolean gpeCountries, boolean guidelineTypes) {
      this.gpeCountries = gpeCountries;
      this.guidelineTypes = guidelineTypes;
    }

    static Gold parse(String s) throws UsageException {
      return switch (s) {
        case "guidelines" -> GUIDELINES;
        case "as-annotated" -> AS_ANNOTATED;
        default -> throw new UsageException("unknown gold mapping '" + s
            + "': guidelines or as-annotated");
      };
    }
  }

  /**
   * Maps a raw sentence onto PER/LOC/ORG by {@link Gold#GUIDELINES}; titles at the start of a PER
   * span are dropped.
   */
  static TaggedSentence coarse(Raw raw, Format format) {
    return coarse(raw, format, Gold.GUIDELINES);
  }

  /** {@link #coarse(Raw, Format)} for training ({@link Gold#TRAINING}). */
  static TaggedSentence coarseForTraining(Raw raw, Format format) {
    return coarse(raw, format, Gold.TRAINING);
  }

  /** Maps a raw sentence onto PER/LOC/ORG by the given gold mapping. */
  static TaggedSentence coarse(Raw raw, Format format, Gold gold) {
    List<String> tags = new ArrayList<>(raw.tags().size());
    List<String> rawTags = raw.tags();
    for (int i = 0; i < rawTags.size(); i++) {
      String tag = rawTags.get(i);
      String type = tag.equals("O") ? null : coarse(tag.substring(2), format);
      boolean gpe = gold.gpeCountries && type == null && tag.equals("B-gpe");
      boolean org = gold.guidelineTypes && tag.equals("B-org");
      boolean geo = gold.guidelineTypes && tag.equals("B-geo");
      if (format == Format.GMB && (gpe || org || geo)) {
        String inside = "I-" + tag.substring(2);
        int end = i + 1;
        while (end < rawTags.size() && rawTags.get(end).equals(inside)) {
          end++;
        }
        String text = String.join(" ", raw.tokens().subList(i, end));
        String mapped = gpe ? (COUNTRIES.isCountry(text) ? "LOC" : null)
            : org ? (COUNTRIES.isPlace(text) ? "LOC" : null)
            : (COUNTRIES.isOrganization(text) ? "ORG" : null);
        if (mapped != null) {
          for (int j = i; j < end; j++) {
            tags.add((j == i ? "B-" : "I-") + mapped);
          }
          i = end - 1;
          continue;
        }
      }
      tags.add(type == null ? "O" : tag.substring(0, 2) + type);
    }
    tags = toIob2(tags);
    // strip leading titles ("President", "Mr.") from person spans: our convention
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).equals("B-PER")) {
        int j = i;
        while (j + 1 < tags.size() && tags.get(j + 1).equals("I-PER")
            && TITLES.contains(raw.tokens().get(j).toLowerCase(Locale.ROOT))) {
          tags.set(j, "O");
          tags.set(j + 1, "B-PER");
          j++;
        }
      }
    }
    // a person span left with titles only ("Mr." tagged apart from "Alito") names no one
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).equals("B-PER")) {
        int j = i + 1;
        while (j < tags.size() && tags.get(j).equals("I-PER")) {
          j++;
        }
        boolean titlesOnly = true;
        for (int t = i; t < j && titlesOnly; t++) {
          titlesOnly = TITLES.contains(raw.tokens().get(t).toLowerCase(Locale.ROOT));
        }
        if (titlesOnly) {
          for (int t = i; t < j; t++) {
            tags.set(t, "O");
          }
        }
        i = j - 1;
      }
    }
    return new TaggedSentence(raw.tokens(), tags);
  }

  private static Set<String> titles() {
    Set<String> set = new HashSet<>();
    try (InputStream in = NerCorpus.class.getResourceAsStream("/lede/models/titles.txt")) {
      if (in != null) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank() && !line.startsWith("#")) {
            set.add(line.strip());
          }
        }
      }
    } catch (IOException e) {
      // no titles: spans are kept as annotated
    }
    return Set.copyOf(set);
  }
}
