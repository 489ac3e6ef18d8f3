/**
 * Other tools' timeline formats read as datasets, each reporting problems as the loader does
 * (file:row/line: field: message).
 */
package org.aitimeline.data.imports;
