/** Key terms and phrases of an article ({@link dev.lede.keywords.KeywordExtractor}). */
package dev.lede.keywords;
