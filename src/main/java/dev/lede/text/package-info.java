/**
 * Language analysis of a body: paragraphs, sentences, tokens with exact character offsets,
 * Universal Dependencies POS tags, lemmas and language, with OpenNLP's English models
 * ({@link dev.lede.text.TextProcessor}).
 */
package dev.lede.text;
