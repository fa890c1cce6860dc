/**
 * Audit: the tamper-evident trail of every change. It listens to the domain events the services
 * publish (and to Spring Security's sign-in events) and writes one entry per event in the
 * transaction of the change; no service calls it. Entries are chained, each signed (HMAC-SHA256)
 * with a key kept outside the database, and numbered in commit order, so that a verification finds
 * any entry changed, removed or inserted afterwards, even by the database's owner.
 */
package org.crosscheck.audit;
