/** The sign-in page. */
package org.crosscheck.security.ui;
