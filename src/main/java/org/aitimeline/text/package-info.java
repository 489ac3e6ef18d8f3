/**
 * The app's words in English and Italian: the resource bundles, dates at their precision and every label the
 * window, the PNG export and the command line show (facet values, lane titles, the filter in words, credits).
 */
package org.aitimeline.text;
