/** The window's background work: one runner of daemon threads, tasks whose outcomes come back on the FX thread. */
package org.aitimeline.ui.task;
