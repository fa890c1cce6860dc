/** Projects, their members and the access rules every other feature asks. */
package org.crosscheck.project;
