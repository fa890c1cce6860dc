/** The Account page: who you are, and your personal access tokens for the API. */
package org.crosscheck.account.ui;
