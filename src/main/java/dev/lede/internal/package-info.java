/**
 * Helpers shared by Lede's pipeline stages. Not part of Lede's API: public only so that the
 * stages' packages can share them, and may change without notice.
 */
package dev.lede.internal;
