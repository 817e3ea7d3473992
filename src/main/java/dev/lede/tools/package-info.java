/**
 * Tools for the people who build Lede, not for its users: the corpus readers ({@code NerCorpus},
 * {@code FineGold}), the evaluation commands ({@code eval-extract}, {@code eval-ner},
 * {@code eval-related}), the training and export commands ({@code train-ner}, {@code export-ner},
 * {@code cluster-words}) and the throughput benchmark ({@code bench}). They ship in
 * {@code lede-cli.jar}, which runs them as ordinary commands ({@link dev.lede.cli.Main} finds them
 * through {@code META-INF/services/dev.lede.cli.Command}), and are left out of the library jar.
 *
 * <p>The trainers these commands call ({@code NameModelTrainer}, {@code TaggerTrainingData},
 * {@code WordClusterer}) stay in {@code dev.lede.entities}: they compute the model inputs with the
 * recognizer's own package-private feature code ({@code NameFeatures}, {@code Gazetteer},
 * {@code NameModel}, {@code WordClusterer.key}), so that training and analysis cannot drift
 * apart, and moving them here would make that code public with OpenNLP types in its signatures.
 *
 * <p>Not an API: nothing here is supported for use from other code.
 */
package dev.lede.tools;
