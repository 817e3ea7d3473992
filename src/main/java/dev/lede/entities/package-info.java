/**
 * Named entities: people, countries (with ISO 3166-1 codes), places, ministries and
 * organisations, as mentions with exact offsets clustered into entities with canonical names and
 * salience ({@link dev.lede.entities.EntityRecognizer}).
 */
package dev.lede.entities;
