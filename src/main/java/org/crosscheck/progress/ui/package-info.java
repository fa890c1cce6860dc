/**
 * The Progress page of a project: each section a chart (Chart.js, through the {@code cc-dashboard-chart}
 * element) beside a table of the same numbers, each number that has a list behind it a link to that list.
 */
package org.crosscheck.progress.ui;
