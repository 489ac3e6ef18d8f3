/** PNG export of the timeline, from the window and from the command line. */
package org.aitimeline.export;
