/** The frame of every view, error pages and the handler that turns failures into messages. */
package org.crosscheck.base.ui;
