package dev.lede.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named in a Korean body, which the English tagger does not read. A Korean name is written
 * in Hangul as one word: a surname of one syllable (김, 이, 박...) or two (남궁, 황보, 제갈, 선우)
 * and a given name of two syllables, or of one after a two-syllable surname; particles are
 * written onto it ("문재인은", "문재인의"), titles after it as words of their own ("문재인
 * 대통령", "정덕현 칼럼니스트", "문재인 전 대통령") or as an honorific on it ("김민수씨").
 *
 * <p>Many common words open with a surname's syllable (이야기, 정당한, 한국인, 반도체), so a
 * word of name shape is a person only where the text gives a cue: a title, a role or a form of
 * address after it, an age in brackets ("김민수(45)"), or "씨"/"님" on it. Once a name has a cue,
 * its other occurrences, bare or with particles, are mentions too. The mention is the name
 * without its title and particles, as ENTITY-GUIDELINES.md keeps titles outside a PERSON span.
 * Two-syllable names (김구) are left out: too many two-syllable nouns open with a surname's
 * syllable ("서울 시장", "신임 장관").
 *
 * <p>Thread-safe: holds only immutable data.
 */
final class KoreanPersonNames {

  /**
   * The common Korean surnames: those of Statistics Korea's 2015 census with more than about
   * 20,000 bearers, with 류 and 리, 림, 라 (the spellings beside 유, 이, 임, 나).
   */
  static final Set<String> SURNAMES = Set.of("김", "이", "박", "최", "정", "강", "조", "윤", "장",
      "임", "한", "오", "서", "신", "권", "황", "안", "송", "전", "홍", "유", "류", "고", "문", "양",
      "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "나",
      "진", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소",
      "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "맹",
      "탁", "리", "림", "라");
  /**
   * Surnames that open no common word, so that a word of name shape opening with one is a name
   * without a further cue: by the initial sound rule of South Korean spelling (두음법칙), a word
   * never opens with 류 (柳, 劉 as a word's first syllable are written 유: 유행, 유학), but the
   * surname may keep it by its bearer's choice. Loanwords may (류머티즘), but not as a word of
   * three syllables.
   */
  static final Set<String> NO_WORD_OPENS = Set.of("류");
  /** The two-syllable surnames. */
  static final Set<String> DOUBLE_SURNAMES = Set.of("남궁", "황보", "제갈", "선우", "독고", "사공",
      "서문");
  /**
   * Titles, roles and forms of address written after a name (president, prime minister,
   * minister, lawmaker, leader, chair, professor, coach, player, reporter, columnist, Mr/Ms...).
   */
  static final Set<String> TITLES = Set.of("대통령", "총리", "장관", "차관", "의원", "대표",
      "위원장", "위원", "의장", "회장", "부회장", "사장", "부사장", "대표이사", "전무", "상무",
      "부장", "과장", "팀장", "실장", "국장", "원장", "청장", "처장", "총장", "교수", "박사", "감독",
      "코치", "선수", "기자", "특파원", "앵커", "아나운서", "작가", "평론가", "칼럼니스트", "변호사",
      "판사", "후보", "예비후보", "지사", "도지사", "시장", "군수", "구청장", "씨", "여사",
      "대사", "총재", "주석", "대변인", "수석", "보좌관", "비서관", "비서실장", "연구원", "교사",
      "목사", "스님", "장군", "배우", "가수", "선생", "선생님", "형님", "누나", "언니", "오빠",
      "선배", "선배님", "시인", "소설가", "시의원", "구의원", "도의원", "국회의원",
      "원내대표", "대법원장", "검찰총장");
  /**
   * Titles that count only with a qualifier written onto them ("서울시장", not "반도체 시장":
   * the market).
   */
  private static final Set<String> QUALIFIED_ONLY = Set.of("시장");
  /** Words between a name and its title: former, current. */
  private static final Set<String> TITLE_QUALIFIERS = Set.of("전", "현");
  /** Honorifics written onto a name: Mr/Ms, a polite form of address. */
  private static final Set<String> HONORIFICS = Set.of("씨", "님");
  /**
   * Particles (and the copula's forms) that follow a name in the same word: topic, subject,
   * object, possessive, dative, comitative, "also", "only", "like", "than", "says"...
   */
  private static final String PARTICLE = "(?:은|는|이|가|을|를|의|에|에게|에게서|한테|께|께서|과|와"
      + "|도|만|로|으로|이나|나|이랑|랑|처럼|보다|까지|부터|조차|마저|이다|이라고|이라는|라고|라는"
      + "|이며|이고|이었다|였다|에서|씨|님|측)";
  /** What may follow a name in its word: up to two particles. */
  private static final Pattern AFTER_NAME = Pattern.compile(PARTICLE + "{0,2}");
  /**
   * Last syllables of names of parties, ministries, offices, cities, provinces, counties,
   * districts, universities, countries, associations, companies, schools, halls, committees,
   * federations, circles, institutes, carmakers and confederations (정의당, 국방부, 서울시,
   * 경기도, 서울대, 백악관, 조직위, 노동계, 연구소), of fields of study (정치학) and of words for
   * experts (전문가): such a word before a title is the body the title belongs to. And the particles
   * that no given name ends in: "정부는 선수에게" is a noun of two syllables with its particle.
   */
  private static final Set<Character> BODY_ENDINGS = Set.of('당', '부', '청', '처', '시', '도',
      '군', '구', '대', '국', '회', '사', '교', '단', '실', '팀', '관', '위', '련', '계', '가', '소',
      '차', '총', '학', '는', '을', '를', '의', '와', '과', '에');
  /**
   * Last syllables of the names of bodies a title may name between a name and the title ("최지훈
   * 기획재정부 장관", "김민지 정의당 대표", "박서준 한국은행 총재"): party, ministry, office, city,
   * province, county, district, university, bureau, association, company, committee, institute,
   * hall, bank.
   */
  private static final Set<Character> BODIES = Set.of('당', '부', '청', '처', '시', '도', '군',
      '구', '대', '국', '회', '사', '위', '원', '관', '소', '단', '행');
  /**
   * Common nouns of three syllables that open with a surname's syllable and stand before titles
   * and roles: disabled person, politician, broadcaster, entertainer, prospect, worker, consumer,
   * bereaved family, South Africa, last year, month and week, this week and month ("장애인
   * 선수", "노동자 대표", "유가족 대표", "지난해 민주당 대표").
   */
  private static final Set<String> COMMON_NOUNS = Set.of("장애인", "정치인", "방송인", "연예인",
      "유망주", "노동자", "소비자", "유가족", "남아공", "지난해", "지난달", "지난주", "이번주",
      "이번달");
  /** A word of Hangul syllables. */
  private static final Pattern WORD = Pattern.compile("[가-힣]+");
  /** An age in brackets after a name: "김민수(45)". */
  private static final Pattern AGE = Pattern.compile("\\(\\d{1,3}(?:세)?\\)");

  /**
   * The mentions with the people the body names added.
   *
   * @param language the body's ISO 639-1 code
   * @param body the text the offsets point into
   * @param found the mentions, in text order
   * @return the mentions, in text order
   */
  List<TypedMention> add(String language, String body, List<TypedMention> found) {
    if (!"ko".equals(language)) {
      return found;
    }
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(body);
    while (w.find()) {
      words.add(new int[] {w.start(), w.end()});
    }
    Set<String> names = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (int i = 0; i < words.size(); i++) {
      String name = cued(body, words, i);
      if (name != null && !isPlace(found, words.get(i)[0], words.get(i)[0] + name.length())) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return found;
    }
    List<TypedMention> added = new ArrayList<>();
    for (int[] word : words) {
      String text = body.substring(word[0], word[1]);
      for (String name : names) {
        if (text.startsWith(name) && AFTER_NAME.matcher(text.substring(name.length())).matches()) {
          added.add(new TypedMention(word[0], word[0] + name.length(), EntityType.PERSON, null,
              null, false));
          break;
        }
      }
    }
    return AddedPeople.merge(found, added);
  }

  /** The name word {@code i} is, given a cue after it, or null. */
  private static String cued(String body, List<int[]> words, int i) {
    int[] w = words.get(i);
    String text = body.substring(w[0], w[1]);
    for (String honorific : HONORIFICS) {
      int at = text.indexOf(honorific, 2);
      if (at > 0 && AFTER_NAME.matcher(text.substring(at)).matches()
          && isNameShaped(text.substring(0, at))) {
        return text.substring(0, at); // "김민수씨는"
      }
    }
    if (text.length() >= 3 && NO_WORD_OPENS.contains(text.substring(0, 1))
        && isNameShaped(text.substring(0, 3))
        && AFTER_NAME.matcher(text.substring(3)).matches()) {
      return text.substring(0, 3); // "류민호의"
    }
    if (!isNameShaped(text)) {
      return null;
    }
    if (AGE.matcher(body).region(w[1], body.length()).lookingAt()) {
      return text;
    }
    int j = i + 1;
    if (AddedPeople.next(body, words, j, w[1]) && TITLE_QUALIFIERS.contains(word(body, words, j))) {
      j++;
    }
    if (!AddedPeople.next(body, words, j, words.get(j - 1)[1])) {
      return null;
    }
    if (isTitle(word(body, words, j))) {
      return text;
    }
    String between = word(body, words, j);
    if (between.length() > 1 && BODIES.contains(between.charAt(between.length() - 1))
        && AddedPeople.next(body, words, j + 1, words.get(j)[1])
        && isTitle(word(body, words, j + 1))) {
      return text; // "최지훈 기획재정부 장관"
    }
    return null;
  }

  /** Whether a word is a title, perhaps with a qualifier on it and particles after it. */
  private static boolean isTitle(String title) {
    for (int cut = title.length(); cut > 0; cut--) {
      if (!AFTER_NAME.matcher(title.substring(cut)).matches()) {
        continue;
      }
      String head = title.substring(0, cut);
      for (int k = 0; k < head.length(); k++) {
        String t = head.substring(k);
        // glued to a qualifier ("서울시장"), only a title of two syllables or more: "날씨"
        if (TITLES.contains(t) && (k == 0 ? !QUALIFIED_ONLY.contains(t) : t.length() > 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a word has a name's shape: a surname then a given name of two syllables (one after a
   * two-syllable surname), not ending as the name of a body or opening with the country's name.
   */
  static boolean isNameShaped(String word) {
    int length = word.length();
    boolean shaped = length == 3 && SURNAMES.contains(word.substring(0, 1))
        || (length == 3 || length == 4) && DOUBLE_SURNAMES.contains(word.substring(0, 2));
    return shaped && !BODY_ENDINGS.contains(word.charAt(length - 1))
        && !word.startsWith("한국") && !COMMON_NOUNS.contains(word) && !TITLES.contains(word);
  }

  /** Whether a found country or place overlaps a span. */
  private static boolean isPlace(List<TypedMention> found, int start, int end) {
    for (TypedMention f : found) {
      if ((f.type() == EntityType.COUNTRY || f.type() == EntityType.LOCATION)
          && f.start() < end && f.end() > start) {
        return true;
      }
    }
    return false;
  }

  private static String word(String body, List<int[]> words, int j) {
    return body.substring(words.get(j)[0], words.get(j)[1]);
  }
}
