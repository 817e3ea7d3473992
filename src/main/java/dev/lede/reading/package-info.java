/**
 * Reading time: words per minute for alphabetic text, characters per minute for CJK text, and
 * Medium's image time ({@link dev.lede.reading.ReadingTimeEstimator}).
 */
package dev.lede.reading;
