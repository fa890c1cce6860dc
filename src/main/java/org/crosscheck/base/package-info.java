/** Small types every feature shares: domain exceptions. */
package org.crosscheck.base;
