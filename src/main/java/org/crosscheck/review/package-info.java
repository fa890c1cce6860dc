/** Review: contradictions between spans of a project's articles; the reader, compare and contradictions views. */
package org.crosscheck.review;
