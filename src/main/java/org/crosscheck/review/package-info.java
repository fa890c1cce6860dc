/** Review: contradictions between spans of a project's articles (their page and card are in {@code review.ui}). */
package org.crosscheck.review;
