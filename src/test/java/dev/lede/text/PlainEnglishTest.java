package dev.lede.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PlainEnglishTest {

  private static final String ENGLISH = "The council of the northern town voted on Tuesday to close "
      + "two of its three libraries by the end of the year, saying that the money it saves will "
      + "be spent on roads and on a new school. Residents who packed the hall said they were not "
      + "asked, and a petition with more than four thousand names was handed to the mayor as the "
      + "meeting ended. The library service has lost a third of its budget since 2019.";

  @Test
  void reads_englishNewsParagraph_isTrue() {
    assertThat(PlainEnglish.reads(ENGLISH)).isTrue();
    assertThat(PlainEnglish.reads(ENGLISH.toUpperCase(Locale.ROOT))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // Spanish
      "El ayuntamiento de la ciudad votó el martes cerrar dos de sus tres bibliotecas antes de "
          + "que termine el año, y dijo que el dinero ahorrado se gastará en carreteras y en una "
          + "escuela nueva. Los vecinos que llenaron la sala dijeron que no se les preguntó, y "
          + "una petición con más de cuatro mil firmas fue entregada a la alcaldesa al final de "
          + "la reunión. El servicio ha perdido un tercio de su presupuesto desde 2019.",
      // French
      "Le conseil de la ville a voté mardi la fermeture de deux de ses trois bibliothèques "
          + "avant la fin de l'année, en expliquant que l'argent économisé ira aux routes et à "
          + "une nouvelle école. Les habitants venus en nombre ont dit qu'on ne les a pas "
          + "consultés, et une pétition de plus de quatre mille noms a été remise au maire à la "
          + "fin de la séance. Le service a perdu un tiers de son budget depuis 2019.",
      // Italian
      "Il consiglio comunale ha votato martedì la chiusura di due delle sue tre biblioteche "
          + "entro la fine dell'anno, dicendo che il denaro risparmiato andrà alle strade e a una "
          + "nuova scuola. I residenti che hanno riempito la sala hanno detto che non sono stati "
          + "consultati, e una petizione con più di quattromila firme è stata consegnata al "
          + "sindaco a fine seduta. Il servizio ha perso un terzo del bilancio dal 2019.",
      // Dutch
      "De gemeenteraad heeft dinsdag besloten twee van de drie bibliotheken voor het einde van "
          + "het jaar te sluiten, omdat het geld dat zo wordt bespaard naar wegen en een nieuwe "
          + "school gaat. Bewoners die de zaal vulden zeiden dat hun niets is gevraagd, en een "
          + "petitie met meer dan vierduizend namen is aan de burgemeester gegeven toen de "
          + "vergadering eindigde. De dienst is sinds 2019 een derde van zijn budget kwijt.",
      // German
      "Der Stadtrat hat am Dienstag beschlossen, zwei seiner drei Bibliotheken bis zum Ende des "
          + "Jahres zu schließen, und sagte, das eingesparte Geld gehe in Straßen und in eine neue "
          + "Schule. Bewohner, die den Saal füllten, sagten, man habe sie nicht gefragt, und eine "
          + "Petition mit mehr als viertausend Namen wurde dem Bürgermeister am Ende der Sitzung "
          + "übergeben. Der Dienst hat seit 2019 ein Drittel seines Budgets verloren.",
      // Portuguese
      "A câmara municipal votou na terça-feira o fecho de duas das suas três bibliotecas até "
          + "ao fim do ano, dizendo que o dinheiro poupado irá para estradas e para uma escola "
          + "nova. Os moradores que encheram a sala disseram que não foram ouvidos, e uma "
          + "petição com mais de quatro mil nomes foi entregue ao presidente no fim da reunião. "
          + "O serviço perdeu um terço do seu orçamento desde 2019."})
  void reads_otherLanguagesInLatinLetters_isFalse(String text) {
    assertThat(PlainEnglish.reads(text)).isFalse();
  }

  @Test
  void reads_fewerWordsThanTheMinimum_isFalse() {
    String words = String.join(" ", Collections.nCopies(PlainEnglish.MIN_WORDS - 1, "the"));
    assertThat(PlainEnglish.reads(words)).isFalse();
    assertThat(PlainEnglish.reads(words + " the")).isTrue();
    assertThat(PlainEnglish.reads("")).isFalse();
  }

  @Test
  void reads_tableOfFiguresAndNames_isFalse() {
    // Wire tables and lists: too few stop words for the test; the detector decides them.
    String table = String.join(" ", Collections.nCopies(20,
        "Shell Oil 12.5 vs 11.2 Mobil Corp 8.1 vs 7.9 Texaco Inc 4.4 vs 4.0"));
    assertThat(PlainEnglish.reads(table)).isFalse();
  }

  @Test
  void reads_stopWordsInsideLongerWords_areNotCounted() {
    // "theory", "into" inside "intolerant", "island": only whole runs of letters count.
    String text = String.join(" ", Collections.nCopies(60, "theory intolerant island"));
    assertThat(PlainEnglish.reads(text)).isFalse();
  }
}
