/** Crosscheck: collaborative review of news coverage (quotes, figures, contradictions). */
package org.crosscheck;
