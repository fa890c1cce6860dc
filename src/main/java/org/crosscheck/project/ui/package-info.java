/** The project list, the new-project dialog and the members panel. */
package org.crosscheck.project.ui;
