/**
 * The suggestion engine: plain Java, no Spring and no database, so that it can be tested and
 * benchmarked alone. It finds quotes (with speakers) and figures (with qualifier, value, unit and
 * what they count) in one article's text, and across a project's articles the quotes that drifted,
 * the figures that conflict and the quotes given to different speakers. Offsets are UTF-16 indexes
 * into the text it was given, as everywhere else in Crosscheck.
 */
package org.crosscheck.suggest.engine;
