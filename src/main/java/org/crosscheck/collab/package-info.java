/**
 * Live collaboration: changes reach every open view after commit (and, on PostgreSQL, every node
 * through LISTEN/NOTIFY), and who is reading what. The core depends only on base: features publish
 * {@link org.crosscheck.base.LiveChange} events and never call this package; its {@code ui} names
 * the people reading, from accounts.
 */
package org.crosscheck.collab;
