/**
 * The REST API under /api/v1: the second door to the same services as the views, so every
 * permission check, validation, optimistic lock, event and live update holds for both. Requests
 * authenticate with a personal access token (Authorization: Bearer), never with a browser's session;
 * errors are RFC 9457 problem details.
 */
package org.crosscheck.api;
