/**
 * Operations: the application's own metrics for Prometheus (served on the management port only,
 * docs/operations.md, "Metrics"), counted from what the features already publish (their domain
 * events, Spring Security's sign-in events, Vaadin's sessions and UIs) so that no service calls
 * this package; and the public port's refusal of the actuator's addresses.
 */
package org.crosscheck.ops;
