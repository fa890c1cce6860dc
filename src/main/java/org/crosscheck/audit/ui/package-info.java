/** The Audit screen: the trail, filtered, with each entry's values before and after. */
package org.crosscheck.audit.ui;
