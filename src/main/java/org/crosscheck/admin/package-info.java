/**
 * Administration: the Users screen, where administrators manage accounts and their project
 * memberships. It sits above the account and project features, which it uses both of.
 */
package org.crosscheck.admin;
