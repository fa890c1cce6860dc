/** The Trash page of a project, and the dialog that shows an annotation's history. */
package org.crosscheck.trash.ui;
