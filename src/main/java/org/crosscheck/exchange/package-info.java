/**
 * Exchange: export and import of annotated sets. W3C Web Annotation JSON-LD, CSV, the full-fidelity
 * Crosscheck bundle and a readable HTML report go out; bundles and W3C annotations come in. Every
 * read and write goes through the other features' services, so their permission checks hold here too.
 */
package org.crosscheck.exchange;
