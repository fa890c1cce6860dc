/**
 * Automatic suggestions: the quotes, figures and cross-article contradictions the engine
 * ({@code engine}) finds, kept in their own table for reviewers to accept (an ordinary annotation or
 * contradiction is made through the usual services) or reject; the claims matrix built from them.
 */
package org.crosscheck.suggest;
