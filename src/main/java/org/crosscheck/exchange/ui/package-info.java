/** Exchange views: the project's export and import page, and importing a bundle as a new project. */
package org.crosscheck.exchange.ui;
