/** Demo mode: the demo project and reviewers from fixtures/, loaded on first start. */
package org.crosscheck.demo;
