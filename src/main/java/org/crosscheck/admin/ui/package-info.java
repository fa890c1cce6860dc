/** The Users screen. */
package org.crosscheck.admin.ui;
