/** Articles: importing coverage (text, HTML, Markdown), the normalised text annotations refer to, trimming. */
package org.crosscheck.article;
