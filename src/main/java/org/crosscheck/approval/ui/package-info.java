/** The Check screen of an article: its annotations and contradictions, one by one, with the keyboard. */
package org.crosscheck.approval.ui;
