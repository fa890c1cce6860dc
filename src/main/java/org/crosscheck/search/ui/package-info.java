/** The search page of a project. */
package org.crosscheck.search.ui;
