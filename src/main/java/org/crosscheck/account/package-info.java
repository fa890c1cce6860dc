/** Accounts: users, their global role, password hashing, the first administrator. */
package org.crosscheck.account;
