/** Annotations: quotes, figures and notes on spans of an article's text. */
package org.crosscheck.annotation;
