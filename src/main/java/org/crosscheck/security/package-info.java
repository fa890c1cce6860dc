/** Sign-in, the security filter chain and the current caller. */
package org.crosscheck.security;
